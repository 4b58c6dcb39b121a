//! Coach links (S2, D3): a coach's program carried in the address's fragment, which browsers never
//! send to a server. The format, version 1:
//!
//! `#/program/1/<data>`, where `<data>` is, in base64url without padding, four bytes of check (the
//! low 32 bits of the FNV-1a hash of the program's text, big-endian) and then the program as compact
//! JSON (the saved form's `Program`) compressed with the browser's own
//! `CompressionStream("deflate-raw")`. deflate has no check of its own: a changed character can
//! still decompress, to other text, and the check tells.
//!
//! Reading is guarded at every step: a fragment over [`MAX_LINK_CHARS`] is refused before it is
//! decoded; decompressing stops past [`MAX_PROGRAM_BYTES`] (deflate can expand a thousandfold);
//! then the program passes the validator's own steps (names given twice, shape, limits). Each
//! refusal is a [`LinkError`] a person can read, and nothing is changed by it.

use std::fmt;

use crate::model::coach::Program;

use super::document::{read_record, DocumentError};
use super::saved_text::fnv1a;

/// What the fragment of a program link starts with (the route, then the format's version).
pub const PROGRAM_ROUTE: &str = "#/program/";
pub const LINK_VERSION: u32 = 1;
/// The longest fragment read; a typical program is about 2 000 characters.
pub const MAX_LINK_CHARS: usize = 16_000;
/// The most a link's program may expand to.
pub const MAX_PROGRAM_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    TooLong {
        chars: usize,
    },
    NotAProgramLink,
    NewerVersion {
        version: u64,
    },
    /// Not base64url, no data, or a version that is not one.
    Damaged,
    /// The data does not decompress (cut short or altered).
    NotCompressed,
    TooLargeUnpacked,
    Invalid(DocumentError),
    /// The program is too long to put in a link.
    ProgramTooLong {
        chars: usize,
    },
    /// The browser could not compress or decompress (a browser without Compression Streams).
    Browser(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong { chars } => write!(
                f,
                "This link is too long to be a Waypoint program ({chars} characters; the most is {MAX_LINK_CHARS}). Nothing was changed."
            ),
            LinkError::NotAProgramLink => write!(f, "This address does not hold a Waypoint program. Nothing was changed."),
            LinkError::NewerVersion { version } => write!(
                f,
                "This program was made by a newer version of Waypoint (link version {version}; this copy reads version {LINK_VERSION}). \
                 Ask your coach for a link from this version, or update Waypoint. Nothing was changed."
            ),
            LinkError::Damaged | LinkError::NotCompressed => write!(
                f,
                "This link is damaged: part of it may be missing or changed (links are sometimes cut when copied). \
                 Ask your coach to send it again. Nothing was changed."
            ),
            LinkError::TooLargeUnpacked => write!(
                f,
                "This link unpacks to more than a program can hold ({} KB at most), so it was not read. Nothing was changed.",
                MAX_PROGRAM_BYTES / 1024
            ),
            LinkError::Invalid(error) => write!(f, "The program in this link cannot be used: {}. Nothing was changed.", invalid_detail(error)),
            LinkError::ProgramTooLong { chars } => write!(
                f,
                "The program is too long for a link ({chars} characters; a link holds {MAX_LINK_CHARS}). Shorten the welcome or remove a few items."
            ),
            LinkError::Browser(detail) => write!(f, "This browser could not read or make the link ({detail}). Nothing was changed."),
        }
    }
}

fn invalid_detail(error: &DocumentError) -> String {
    match error {
        DocumentError::WrongShape { path, detail } | DocumentError::OutOfRange { path, detail } => {
            format!("at \"{path}\", {detail}")
        }
        DocumentError::TextTooLong { path, chars, limit } => {
            format!("the text at \"{path}\" is {chars} characters long; the most is {limit}")
        }
        DocumentError::NotJson { .. } | DocumentError::NotAnObject { .. } => {
            "it is not readable".into()
        }
        other => other.to_string(),
    }
}

impl std::error::Error for LinkError {}

/// The program as the link carries it, before compression: compact JSON.
pub fn program_text(program: &Program) -> String {
    // Plain data: serde_json cannot fail on it (map keys are all text).
    serde_json::to_string(program).unwrap_or_default()
}

/// The check a link carries of the program's text.
pub fn check_of(text: &[u8]) -> [u8; 4] {
    (fnv1a(text) as u32).to_be_bytes()
}

/// The fragment for a program's text, given its compressed bytes.
pub fn fragment_for(text: &[u8], compressed: &[u8]) -> Result<String, LinkError> {
    fragment_at(PROGRAM_ROUTE, text, compressed)
}

/// The fragment under `route` for a text, given its compressed bytes (a program's, a snapshot's).
pub(crate) fn fragment_at(
    route: &str,
    text: &[u8],
    compressed: &[u8],
) -> Result<String, LinkError> {
    let mut data = check_of(text).to_vec();
    data.extend_from_slice(compressed);
    let fragment = format!("{route}{LINK_VERSION}/{}", base64url(&data));
    match fragment.len() {
        chars if chars > MAX_LINK_CHARS => Err(LinkError::ProgramTooLong { chars }),
        _ => Ok(fragment),
    }
}

/// Whether an address's fragment is a program link (to be read, and then taken off the address).
pub fn is_program_link(fragment: &str) -> bool {
    fragment.starts_with(PROGRAM_ROUTE) || fragment.starts_with(&PROGRAM_ROUTE[1..])
}

/// The check and the compressed bytes a fragment carries, after its length, its route and its
/// version are checked.
pub fn compressed_bytes(fragment: &str) -> Result<([u8; 4], Vec<u8>), LinkError> {
    compressed_bytes_at(PROGRAM_ROUTE, fragment)
}

/// [`compressed_bytes`] of a link under `route` (`#/program/`, `#/snapshot/`).
pub(crate) fn compressed_bytes_at(
    route: &str,
    fragment: &str,
) -> Result<([u8; 4], Vec<u8>), LinkError> {
    let chars = fragment.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    let rest = fragment
        .strip_prefix(route)
        .or_else(|| fragment.strip_prefix(&route[1..]))
        .ok_or(LinkError::NotAProgramLink)?;
    let (version, data) = rest.split_once('/').ok_or(LinkError::Damaged)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::Damaged);
    }
    let version: u64 = version.parse().unwrap_or(u64::MAX);
    if version > u64::from(LINK_VERSION) {
        return Err(LinkError::NewerVersion { version });
    }
    if version != u64::from(LINK_VERSION) || data.is_empty() {
        return Err(LinkError::Damaged);
    }
    let bytes = from_base64url(data).ok_or(LinkError::Damaged)?;
    match bytes.split_first_chunk::<4>() {
        Some((check, compressed)) if !compressed.is_empty() => Ok((*check, compressed.to_vec())),
        _ => Err(LinkError::Damaged),
    }
}

/// The program in a link's decompressed bytes, which must match the link's check, through the
/// validator.
pub fn read_program(check: [u8; 4], unpacked: &[u8]) -> Result<Program, LinkError> {
    if unpacked.len() > MAX_PROGRAM_BYTES {
        return Err(LinkError::TooLargeUnpacked);
    }
    if check_of(unpacked) != check {
        return Err(LinkError::Damaged);
    }
    let text = std::str::from_utf8(unpacked).map_err(|_| LinkError::Damaged)?;
    let mut program: Program =
        read_record(text, |p: &Program| p.check_limits("program")).map_err(LinkError::Invalid)?;
    program.normalise();
    Ok(program)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5): safe in an address as it is.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Reads base64url without padding; `None` for any other character or an impossible length.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|v| v as u32);
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Bits past the last byte must be zero, so each text has one reading.
        if chunk.len() < 4 && n & ((1 << (8 * (3 - (chunk.len() - 1)))) - 1) != 0 {
            return None;
        }
    }
    Some(out)
}

/// The browser's side: Compression Streams, through a binding of our own (web-sys has them only
/// behind its unstable flag).
mod browser {
    use js_sys::{Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Blob, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair, WritableStream,
    };

    use super::LinkError;

    #[wasm_bindgen]
    extern "C" {
        type CompressionStream;
        #[wasm_bindgen(constructor, catch)]
        fn new(format: &str) -> Result<CompressionStream, JsValue>;
        #[wasm_bindgen(method, getter)]
        fn readable(this: &CompressionStream) -> ReadableStream;
        #[wasm_bindgen(method, getter)]
        fn writable(this: &CompressionStream) -> WritableStream;

        type DecompressionStream;
        #[wasm_bindgen(constructor, catch)]
        fn new(format: &str) -> Result<DecompressionStream, JsValue>;
        #[wasm_bindgen(method, getter)]
        fn readable(this: &DecompressionStream) -> ReadableStream;
        #[wasm_bindgen(method, getter)]
        fn writable(this: &DecompressionStream) -> WritableStream;
    }

    fn problem(error: JsValue) -> LinkError {
        LinkError::Browser(
            error
                .as_string()
                .or_else(|| {
                    error
                        .dyn_ref::<js_sys::Error>()
                        .map(|e| String::from(e.message()))
                })
                .unwrap_or_else(|| "unknown".into()),
        )
    }

    fn source(bytes: &[u8]) -> Result<ReadableStream, LinkError> {
        let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
        Ok(Blob::new_with_u8_array_sequence(&parts)
            .map_err(problem)?
            .stream())
    }

    /// Reads a stream to its end, or fails once it passes `cap` bytes (then stops it).
    async fn read_all(stream: ReadableStream, cap: usize) -> Result<Vec<u8>, Result<JsValue, ()>> {
        let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
        let mut out = Vec::new();
        loop {
            let chunk: Object = JsFuture::from(reader.read())
                .await
                .map_err(Ok)?
                .unchecked_into();
            if Reflect::get(&chunk, &"done".into()).map_err(Ok)?.as_bool() == Some(true) {
                return Ok(out);
            }
            let value: Uint8Array = Reflect::get(&chunk, &"value".into())
                .map_err(Ok)?
                .unchecked_into();
            if out.len() + value.length() as usize > cap {
                let _ = reader.cancel();
                return Err(Err(()));
            }
            out.extend(value.to_vec());
        }
    }

    /// deflate-raw, by the browser.
    pub async fn compress(bytes: &[u8]) -> Result<Vec<u8>, LinkError> {
        let stream = CompressionStream::new("deflate-raw").map_err(problem)?;
        let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
        read_all(source(bytes)?.pipe_through(&pair), usize::MAX)
            .await
            .map_err(|e| e.map_or(LinkError::TooLargeUnpacked, problem))
    }

    pub async fn decompress(bytes: &[u8], cap: usize) -> Result<Vec<u8>, LinkError> {
        let stream = DecompressionStream::new("deflate-raw").map_err(problem)?;
        let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
        // A damaged stream fails as it is read: that is the link's fault, not the browser's.
        read_all(source(bytes)?.pipe_through(&pair), cap)
            .await
            .map_err(|e| e.map_or(LinkError::TooLargeUnpacked, |_| LinkError::NotCompressed))
    }
}

pub use browser::{compress, decompress};

/// The link fragment for `program` (to put after the app's address).
pub async fn fragment_of(program: &Program) -> Result<String, LinkError> {
    let text = program_text(program);
    fragment_for(text.as_bytes(), &browser::compress(text.as_bytes()).await?)
}

/// The program a link's fragment carries, read through every guard.
pub async fn program_in(fragment: &str) -> Result<Program, LinkError> {
    let (check, compressed) = compressed_bytes(fragment)?;
    read_program(
        check,
        &browser::decompress(&compressed, MAX_PROGRAM_BYTES).await?,
    )
}
