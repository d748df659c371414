//! `vawdb user`: accounts from the command line, for the first administrator and for whoever
//! runs the server.

use std::io::BufRead;

use credentials::{PasswordHash, generate_password};
use domain::account::{Role, Username, check_new_password};
use store::{Author, NewAccount};

use crate::{
    cli::{StoreArguments, UserCommand},
    failure::{EXIT_INVALID_INPUT, Failure},
};

pub(crate) async fn run(store_arguments: &StoreArguments, command: UserCommand) -> Result<(), Failure> {
    let store = super::open_store(store_arguments).await?;
    super::load_reference(&store).await?;
    let author = Author::process("cli:user");
    let outcome = match command {
        UserCommand::Add { username, name, role, country, password_stdin } => {
            let username = Username::parse(&username).map_err(|error| invalid("--username", error))?;
            let name = name.trim();
            if name.is_empty() {
                return Err(invalid("--name", "give the person's name"));
            }
            let country = match country {
                Some(code) => {
                    let catalogue = store.catalogue().await?;
                    let found = catalogue
                        .country_by_code(code.trim())
                        .ok_or_else(|| invalid("--country", format!("no country or area has the code {code:?}")))?;
                    Some(found.m49)
                }
                None => None,
            };
            let role = Role::from_parts(role.trim(), country).map_err(|error| invalid("--role", error))?;
            let (password, generated) = if password_stdin {
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line).map_err(Failure::general)?;
                let password = line.trim_end_matches(['\r', '\n']).to_owned();
                check_new_password(&password).map_err(|error| invalid("the password on standard input", error))?;
                (password, false)
            } else {
                (generate_password(), true)
            };
            let account = NewAccount {
                username,
                display_name: name.to_owned(),
                role,
                password_hash: PasswordHash::new(&password).as_str().to_owned(),
            };
            let created = store.create_account(&account, &author).await?;
            println!("Created {} ({}).", created.username, created.role);
            if generated {
                println!("Password (shown only now): {password}");
            }
            Ok(())
        }
        UserCommand::List => {
            let accounts = store.accounts().await?;
            let catalogue = store.catalogue().await?;
            // A role bound to a State names it by its ISO code and short name, not its M49 code.
            let role = |role: domain::account::Role| -> String {
                use domain::account::Role;
                let state = |country: domain::country::M49| {
                    catalogue.country(country).map_or_else(
                        || country.to_string(),
                        |found| {
                            format!(
                                "{} ({})",
                                found.iso3,
                                found.current_name(domain::language::Language::English).short_name
                            )
                        },
                    )
                };
                match role {
                    Role::FocalPoint { country } => format!("focal point for {}", state(country)),
                    Role::DataProvider { country } => format!("data provider for {}", state(country)),
                    other => other.to_string(),
                }
            };
            if accounts.is_empty() {
                println!("No accounts yet; add the first administrator with `vawdb user add --role administrator`.");
            }
            for account in accounts {
                let state = if account.is_disabled() {
                    "disabled"
                } else if account.is_locked() {
                    "locked"
                } else {
                    "active"
                };
                println!("{}\t{}\t{}\t{state}", account.username, role(account.role), account.display_name);
            }
            Ok(())
        }
        UserCommand::Disable { username } => {
            let username = Username::parse(&username).map_err(|error| invalid("USERNAME", error))?;
            let account = store.disable_account(&username, &author).await?;
            println!("Disabled {}; its sessions have ended.", account.username);
            Ok(())
        }
        UserCommand::ResetPassword { username } => {
            let username = Username::parse(&username).map_err(|error| invalid("USERNAME", error))?;
            let password = generate_password();
            let account = store.set_password_hash(&username, PasswordHash::new(&password).as_str(), &author).await?;
            println!("New password for {} (shown only now): {password}", account.username);
            Ok(())
        }
    };
    store.close().await;
    outcome
}

fn invalid(place: &str, error: impl std::fmt::Display) -> Failure {
    Failure::new(EXIT_INVALID_INPUT, format!("{place}: {error}"))
}
