//! D6, the printable summary: reached from the Data page and from a stage's page, printed by the
//! browser to a PDF whose text (read back by Python's pypdf, a reader that is not ours) holds every
//! stage and none of the app's controls.

use std::path::Path;

use fantoccini::wd::PrintConfiguration;

use crate::harness::{scratch_dir, Browser, FULL};

cases![
    the_whole_workbook_prints_to_a_pdf_with_every_stage_and_no_controls,
    a_stage_prints_alone_and_an_empty_workbook_says_there_is_nothing_to_print,
];

/// What the browser's PDF of the page says, read by pypdf; `None` (said once on the output) when
/// `$WAYPOINT_PYTHON` is not set. Set but unable to read PDFs fails: `scripts/setup test` installs it.
fn pdf_text(pdf: &Path) -> Option<String> {
    let Ok(python) = std::env::var("WAYPOINT_PYTHON") else {
        eprintln!("$WAYPOINT_PYTHON is not set: the printed PDF's text is not read back");
        return None;
    };
    let read = std::process::Command::new(&python)
        .args([
            "-c",
            "import sys; from pypdf import PdfReader; print('\\n'.join(p.extract_text() for p in PdfReader(sys.argv[1]).pages))",
            pdf.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        read.status.success(),
        "{python} could not read the PDF: {}",
        String::from_utf8_lossy(&read.stderr)
    );
    Some(String::from_utf8(read.stdout).unwrap())
}

/// The full workbook, opened from the Data page's link and printed: one entry of each stage is in
/// the PDF, with the person's name and the day; the navigation, buttons and save state are not.
async fn the_whole_workbook_prints_to_a_pdf_with_every_stage_and_no_controls(browser: &Browser) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/data").await;
    browser
        .wait_for("#print-workbook")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("the summary to open", || async {
            (browser.heading().await == "Sam Okafor’s workbook").then_some(())
        })
        .await;
    for stage in [
        "exploration",
        "diving-deeper",
        "networking",
        "applying",
        "closing",
        "plan",
    ] {
        assert!(
            browser.exists(&format!("#print-{stage}")).await,
            "the summary has no {stage}"
        );
    }
    // Charts included: interests, the options and offers compared, confidence and energy.
    for chart in [
        "#print-exploration svg",
        "#print-diving-deeper svg",
        "#print-closing svg",
        "#print-plan #ratings-chart",
    ] {
        assert!(browser.exists(chart).await, "the summary has no {chart}");
    }
    // The button asks the browser to print (stood in for here: a headless browser has no dialog).
    browser
        .script("window.printed = 0; window.print = () => { window.printed += 1; };")
        .await;
    browser.find("#print-now").await.click().await.unwrap();
    assert_eq!(browser.script("return window.printed;").await, 1);

    let pdf = browser
        .client
        .print(PrintConfiguration::default())
        .await
        .unwrap();
    assert!(
        pdf.starts_with(b"%PDF"),
        "the browser printed something that is not a PDF"
    );
    let dir = scratch_dir("print");
    let path = dir.join("workbook.pdf");
    std::fs::write(&path, &pdf).unwrap();
    if let Some(text) = pdf_text(&path) {
        // pypdf reads ligatures as such (ﬁ) and a wrapped line as two; words are compared without either.
        let text = text
            .replace('ﬁ', "fi")
            .replace('ﬂ', "fl")
            .replace('ﬀ', "ff");
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "Sam Okafor’s workbook",
            "Work that helps people learn, with time for my family and the garden.", // Exploration: the vision
            "Adult-education teacher", // Diving deeper: an option
            "Priya Shah",              // Networking: a contact
            "Adult literacy tutor at Northside Adult College", // Applying: an application
            "Northside Adult College, literacy tutor", // Closing: an offer
            "The resignation conversation with my manager", // Leaving well, and a step
            "Email Priya about the open day", // Plan: a step
            "Two conversations, and both people said yes to coffee.", // Plan: a check-in
        ] {
            assert!(
                text.contains(expected),
                "the PDF does not say {expected:?}:\n{text}"
            );
        }
        for control in [
            "Print or save as PDF",
            "Saved on this device",
            "Park a",
            "Skip to content",
        ] {
            assert!(
                !text.contains(control),
                "the PDF shows the app's {control:?}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Closing's print link prints Closing alone, and the address's stage can change with the page open;
/// a workbook with nothing in it says so instead of printing empty headings.
async fn a_stage_prints_alone_and_an_empty_workbook_says_there_is_nothing_to_print(
    browser: &Browser,
) {
    browser.fresh(Some(FULL)).await;
    browser.goto("#/closing").await;
    browser
        .wait_for("main .print-link")
        .await
        .click()
        .await
        .unwrap();
    browser
        .eventually("Closing's summary to open", || async {
            (browser.heading().await == "Closing, from Sam Okafor’s workbook").then_some(())
        })
        .await;
    assert!(browser.exists("#print-closing").await);
    assert!(
        !browser.exists("#print-networking").await,
        "a stage's summary holds that stage only"
    );
    assert!(browser.text_of("main").await.contains("Stay where I am"));
    assert_eq!(
        browser
            .find(".print-tools a")
            .await
            .attr("href")
            .await
            .unwrap()
            .as_deref(),
        Some("#/closing")
    );

    browser.goto("#/print/networking").await;
    browser
        .eventually("Networking's summary", || async {
            (browser.heading().await == "Networking, from Sam Okafor’s workbook").then_some(())
        })
        .await;
    assert!(browser.exists("#print-networking").await && !browser.exists("#print-closing").await);

    browser.fresh(None).await;
    browser.goto("#/print").await;
    assert_eq!(browser.heading().await, "Your workbook");
    assert!(browser.exists("#print-empty").await);
    assert!(
        !browser.exists(".print-stage").await,
        "no stage is printed without anything in it"
    );
}
