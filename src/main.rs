fn main() {
    console_error_panic_hook::set_once();
    // index.html paints a static shell while the wasm loads; the app takes its place in one step.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(waypoint::ui::App);
    waypoint::store::live::mark("waypoint:usable");
}
