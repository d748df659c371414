//! Query parameters that several API routes share.

use domain::language::Language;

/// The `lang` query parameter, for labels and names in responses.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct LanguageParam {
    /// `ar`, `zh`, `en`, `fr`, `ru` or `es`; English when absent.
    pub(crate) lang: Option<String>,
}

impl LanguageParam {
    pub(crate) fn language(&self) -> Result<Language, crate::error::ApiError> {
        match self.lang.as_deref() {
            None | Some("") => Ok(Language::English),
            Some(code) => Language::from_code(code).ok_or_else(|| {
                crate::error::ApiError::bad_parameter(
                    "lang",
                    format!("'{code}' is not one of: {}", Language::all_codes()),
                )
            }),
        }
    }
}
