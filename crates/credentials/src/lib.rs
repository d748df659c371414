//! Credentials: argon2id password hashes, random secret tokens and the digests the store keeps
//! of them.
//!
//! A session cookie, an API token and a CSRF token are each a [`SecretToken`]: 256 random bits
//! written as 64 hex digits. The store keeps only the SHA-256 [`token_digest`] of session and
//! API tokens, so a copy of the database does not let anyone sign in.
//!
//! ```
//! use credentials::{PasswordHash, SecretToken, token_digest};
//!
//! let hash = PasswordHash::new("correct horse battery staple");
//! assert!(hash.verify("correct horse battery staple"));
//! assert!(!hash.verify("Correct horse battery staple"));
//!
//! let token = SecretToken::generate();
//! assert_eq!(token.as_str().len(), 64);
//! assert_ne!(token_digest(token.as_str()), token.as_str());
//! ```

use std::fmt;

use argon2::{
    Argon2,
    password_hash::{PasswordHasher, PasswordVerifier, phc},
};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A password hash in PHC form (`$argon2id$v=19$m=19456,t=2,p=1$…`), with the parameters
/// OWASP recommends for argon2id.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(String);

impl PasswordHash {
    /// Hashes `password` with a fresh random salt.
    pub fn new(password: &str) -> PasswordHash {
        let hash = Argon2::default()
            .hash_password(password.as_bytes())
            .expect("argon2id with default parameters hashes any password with a generated salt");
        PasswordHash(hash.to_string())
    }

    /// A hash as it was stored.
    pub fn from_stored(text: String) -> PasswordHash {
        PasswordHash(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `password` is the one hashed. A stored hash that cannot be read matches nothing.
    pub fn verify(&self, password: &str) -> bool {
        match phc::PasswordHash::new(&self.0) {
            Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
            Err(_) => false,
        }
    }
}

/// Hashes a password nobody knows, so that signing in as an unknown user costs as much time as
/// signing in with a wrong password and the time taken does not tell which usernames exist.
pub fn spend_time_like_a_verification(password: &str) {
    static DUMMY: std::sync::OnceLock<PasswordHash> = std::sync::OnceLock::new();
    let _ = DUMMY.get_or_init(|| PasswordHash::new(SecretToken::generate().as_str())).verify(password);
}

// The hash is as good as a password to an offline attacker: keep it out of logs.
impl fmt::Debug for PasswordHash {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("PasswordHash(…)")
    }
}

/// 256 random bits from the operating system, as 64 lower-case hex digits.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretToken(String);

impl SecretToken {
    pub fn generate() -> SecretToken {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
        SecretToken(hex(&bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretToken {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("SecretToken(…)")
    }
}

/// A password of 20 letters and digits for an account an administrator creates or resets,
/// shown once and meant to be changed.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    // 256 is not a multiple of 57, so the first letters are a little more likely; 20 letters
    // still carry more than 110 bits.
    bytes.iter().map(|byte| ALPHABET[usize::from(*byte) % ALPHABET.len()] as char).collect()
}

/// The SHA-256 of a token, as 64 hex digits: what the store keeps instead of the token.
pub fn token_digest(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The SHA-256 of a file's bytes, as 64 hex digits.
pub fn content_digest(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The SHA-256 of everything `reader` gives, read a block at a time, as 64 hex digits: for
/// files too large to hold (a store being backed up).
pub fn content_digest_of(mut reader: impl std::io::Read) -> std::io::Result<(String, u64)> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 256 * 1024];
    let mut length = 0u64;
    loop {
        let read = reader.read(&mut buffer)?;
        if read == 0 {
            return Ok((hex(&hasher.finalize()), length));
        }
        hasher.update(&buffer[..read]);
        length += read as u64;
    }
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn secrets_match(given: &str, expected: &str) -> bool {
    given.len() == expected.len() && bool::from(given.as_bytes().ct_eq(expected.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(DIGITS[usize::from(byte >> 4)] as char);
        text.push(DIGITS[usize::from(byte & 0x0f)] as char);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_hash_has_its_own_salt_and_a_damaged_hash_matches_nothing() {
        let first = PasswordHash::new("correct horse battery staple");
        let second = PasswordHash::new("correct horse battery staple");
        assert_ne!(first, second);
        assert!(first.as_str().starts_with("$argon2id$"));
        assert!(second.verify("correct horse battery staple"));
        assert!(!PasswordHash::from_stored("not a hash".into()).verify("correct horse battery staple"));
        assert_eq!(format!("{first:?}"), "PasswordHash(…)");
    }

    #[test]
    fn tokens_differ_and_compare_exactly() {
        let first = SecretToken::generate();
        assert_ne!(first, SecretToken::generate());
        let copy = String::from(first.as_str());
        assert!(secrets_match(first.as_str(), &copy));
        assert!(!secrets_match(first.as_str(), &first.as_str()[..63]));
        assert_eq!(
            token_digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "the SHA-256 of \"abc\" from FIPS 180-2"
        );
        let password = generate_password();
        assert_eq!(password.chars().count(), 20);
        assert!(password.chars().all(|c| c.is_ascii_alphanumeric()));
    }
}
