fn main() {
    console_error_panic_hook::set_once();
    // index.html paints a static shell while the wasm loads; the app takes its place in one step.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
    // The app marks "waypoint:usable" once its first page is on screen (a stage page may load first).
    leptos::mount::mount_to_body(waypoint::ui::App);
}
