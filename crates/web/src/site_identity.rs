//! The instance's identity: the name it goes by in each language, its short name, logo, about
//! text, publisher and contact, read from a `site.toml` file. Every part is optional; without
//! the file the site calls itself by the neutral name in the message catalogues.
//!
//! ```toml
//! address = "https://vaw-database.example.org"
//! contact = "vaw-database@example.org"
//! logo = "logo.svg"
//!
//! [name]
//! en = "Database on violence against women migrant workers"
//! fr = "Base de données sur la violence à l'égard des travailleuses migrantes"
//!
//! [short_name]
//! en = "VAWMW database"
//!
//! [publisher]
//! en = "United Nations Entity for Gender Equality and the Empowerment of Women"
//!
//! [about]
//! en = "What this instance holds, who keeps it, and for whom."
//! ```

use std::{collections::BTreeMap, path::Path};

use domain::language::Language;
use serde::Deserialize;

/// What the site calls itself and how to reach and cite the people who keep it.
#[derive(Debug, Clone, Default)]
pub struct SiteIdentity {
    names: BTreeMap<Language, String>,
    short_names: BTreeMap<Language, String>,
    about: BTreeMap<Language, String>,
    publishers: BTreeMap<Language, String>,
    contact: Option<Contact>,
    logo: Option<SiteLogo>,
    /// The site's public address, for citations: `https://vaw-database.example.org`.
    address: Option<String>,
}

/// How to write to the people who keep the instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    Email(String),
    WebAddress(String),
}

/// The instance's logo, served at `/assets/site-logo`.
#[derive(Debug, Clone)]
pub struct SiteLogo {
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
}

/// Why a `site.toml` was refused, naming the file and the place in it.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct SiteIdentityError {
    file: String,
    message: String,
}

/// A text of the identity in one language: the language's own when the file gives it,
/// otherwise the one given in English (or the first given), marked with its language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct IdentityText {
    pub(crate) text: String,
    /// The language of `text` when it is not the page's.
    pub(crate) language: Option<&'static str>,
}

impl SiteIdentity {
    /// The identity `site.toml` describes; `file` is where it was read, for messages and to
    /// find the logo beside it.
    pub fn from_toml(text: &str, file: &Path) -> Result<SiteIdentity, SiteIdentityError> {
        let refuse = |message: String| SiteIdentityError { file: file.display().to_string(), message };
        let parsed: SiteFile = toml::from_str(text).map_err(|error| {
            let place = error
                .span()
                .map(|span| {
                    let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                    format!("line {line}: ")
                })
                .unwrap_or_default();
            refuse(format!("{place}{}", error.message()))
        })?;
        let contact = match parsed.contact.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(address) if address.starts_with("https://") || address.starts_with("http://") => {
                Some(Contact::WebAddress(address.to_owned()))
            }
            Some(address) if is_email(address) => Some(Contact::Email(address.to_owned())),
            Some(other) => {
                return Err(refuse(format!(
                    "field 'contact': '{other}' is neither an e-mail address nor an http(s) address"
                )));
            }
        };
        let logo = match parsed.logo.as_deref() {
            None => None,
            Some(name) => {
                let content_type = match Path::new(name).extension().and_then(|extension| extension.to_str()) {
                    Some("svg") => "image/svg+xml",
                    Some("png") => "image/png",
                    Some("jpg" | "jpeg") => "image/jpeg",
                    Some("webp") => "image/webp",
                    _ => return Err(refuse(format!("field 'logo': '{name}' is not an SVG, PNG, JPEG or WebP file"))),
                };
                let path = file.parent().unwrap_or(Path::new(".")).join(name);
                let bytes = std::fs::read(&path)
                    .map_err(|error| refuse(format!("field 'logo': {} cannot be read: {error}", path.display())))?;
                if bytes.len() > MAX_LOGO_BYTES {
                    return Err(refuse(format!(
                        "field 'logo': {} is {} bytes; a logo may have {MAX_LOGO_BYTES} at most",
                        path.display(),
                        bytes.len()
                    )));
                }
                Some(SiteLogo { bytes, content_type })
            }
        };
        let address = match parsed.address.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(address)
                if (address.starts_with("https://") || address.starts_with("http://"))
                    && !address.contains(char::is_whitespace) =>
            {
                Some(address.trim_end_matches('/').to_owned())
            }
            Some(other) => return Err(refuse(format!("field 'address': '{other}' is not an http(s) address"))),
        };
        Ok(SiteIdentity {
            address,
            names: by_language(parsed.name, "name").map_err(refuse)?,
            short_names: by_language(parsed.short_name, "short_name").map_err(refuse)?,
            about: by_language(parsed.about, "about").map_err(refuse)?,
            publishers: by_language(parsed.publisher, "publisher").map_err(refuse)?,
            contact,
            logo,
        })
    }

    pub fn logo(&self) -> Option<&SiteLogo> {
        self.logo.as_ref()
    }

    pub fn contact(&self) -> Option<&Contact> {
        self.contact.as_ref()
    }

    pub fn address(&self) -> Option<&str> {
        self.address.as_deref()
    }

    /// The configured name in `language`, if the file gives one in any language.
    pub(crate) fn name(&self, language: Language) -> Option<IdentityText> {
        in_language(&self.names, language)
    }

    pub(crate) fn short_name(&self, language: Language) -> Option<IdentityText> {
        in_language(&self.short_names, language).or_else(|| self.name(language))
    }

    pub(crate) fn about(&self, language: Language) -> Option<IdentityText> {
        in_language(&self.about, language)
    }

    pub(crate) fn publisher(&self, language: Language) -> Option<IdentityText> {
        in_language(&self.publishers, language)
    }
}

const MAX_LOGO_BYTES: usize = 512 * 1024;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteFile {
    name: Option<BTreeMap<String, String>>,
    short_name: Option<BTreeMap<String, String>>,
    about: Option<BTreeMap<String, String>>,
    publisher: Option<BTreeMap<String, String>>,
    contact: Option<String>,
    logo: Option<String>,
    address: Option<String>,
}

fn by_language(texts: Option<BTreeMap<String, String>>, field: &str) -> Result<BTreeMap<Language, String>, String> {
    let mut by_language = BTreeMap::new();
    for (code, text) in texts.unwrap_or_default() {
        let language = Language::from_code(&code).ok_or_else(|| {
            format!("field '{field}.{code}': '{code}' is not one of the six languages (ar, zh, en, fr, ru, es)")
        })?;
        let text = text.trim();
        if text.is_empty() {
            return Err(format!("field '{field}.{code}' is empty"));
        }
        by_language.insert(language, text.to_owned());
    }
    Ok(by_language)
}

fn in_language(texts: &BTreeMap<Language, String>, language: Language) -> Option<IdentityText> {
    if let Some(text) = texts.get(&language) {
        return Some(IdentityText { text: text.clone(), language: None });
    }
    let (other, text) = texts.get_key_value(&Language::English).or_else(|| texts.iter().next())?;
    Some(IdentityText { text: text.clone(), language: Some(other.code()) })
}

fn is_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !address.chars().any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
        && address.matches('@').count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<SiteIdentity, SiteIdentityError> {
        SiteIdentity::from_toml(text, Path::new("/nowhere/site.toml"))
    }

    #[test]
    fn a_name_given_in_english_only_stands_in_for_the_others_marked_as_english() {
        let identity = parse("[name]\nen = \"Migrant Women Measures\"\nfr = \"Mesures\"\n").unwrap();
        assert_eq!(identity.name(Language::French).unwrap(), IdentityText { text: "Mesures".into(), language: None });
        assert_eq!(
            identity.name(Language::Arabic).unwrap(),
            IdentityText { text: "Migrant Women Measures".into(), language: Some("en") }
        );
        assert_eq!(identity.short_name(Language::French).unwrap().text, "Mesures");
        assert!(identity.about(Language::French).is_none());
    }

    #[test]
    fn mistakes_are_refused_with_the_file_the_line_and_the_field() {
        let unknown_language = parse("[name]\nde = \"Datenbank\"\n").unwrap_err().to_string();
        assert!(
            unknown_language.contains("/nowhere/site.toml") && unknown_language.contains("name.de"),
            "{unknown_language}"
        );
        let unknown_field = parse("title = \"x\"\n").unwrap_err().to_string();
        assert!(unknown_field.contains("line 1") && unknown_field.contains("title"), "{unknown_field}");
        let contact = parse("contact = \"call us\"\n").unwrap_err().to_string();
        assert!(contact.contains("'contact'"), "{contact}");
        let logo = parse("logo = \"logo.gif\"\n").unwrap_err().to_string();
        assert!(logo.contains("'logo'"), "{logo}");
        let missing_logo = parse("logo = \"logo.svg\"\n").unwrap_err().to_string();
        assert!(missing_logo.contains("cannot be read"), "{missing_logo}");
    }

    #[test]
    fn a_contact_is_an_email_or_a_web_address() {
        assert_eq!(
            parse("contact = \"vaw@example.org\"").unwrap().contact(),
            Some(&Contact::Email("vaw@example.org".into()))
        );
        assert_eq!(
            parse("contact = \"https://example.org/contact\"").unwrap().contact(),
            Some(&Contact::WebAddress("https://example.org/contact".into()))
        );
        assert!(parse("contact = \"a@b@c.org\"").is_err());
    }
}
