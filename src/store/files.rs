//! Files on the person's own device: downloading an export, reading a file chosen for import.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::document::{DocumentError, MAX_DOCUMENT_BYTES};

/// Offers `text` to the person as a download named `file_name`, of the media type `mime`.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window
        .document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Some browsers read the Blob after click() returns; revoking at once could cancel the download.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

/// Why a chosen file could not be read as text, before the validator sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileReadError {
    Document(DocumentError),
    Unreadable(String),
}

impl std::fmt::Display for FileReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileReadError::Document(error) => error.fmt(f),
            FileReadError::Unreadable(detail) => {
                write!(
                    f,
                    "The browser could not read that file ({detail}). Try choosing it again."
                )
            }
        }
    }
}

/// Reads a chosen file's bytes, refusing one too large to be a workbook before reading it. The bytes,
/// not the browser's reading of them as text: that would quietly replace what is not UTF-8, where
/// `document::read_document_bytes` says what the file is.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, FileReadError> {
    let bytes = file.size() as usize;
    if bytes > MAX_DOCUMENT_BYTES {
        return Err(FileReadError::Document(DocumentError::TooLarge {
            bytes,
            limit: MAX_DOCUMENT_BYTES,
        }));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|error| FileReadError::Unreadable(format!("{error:?}")))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
