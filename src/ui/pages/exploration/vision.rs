//! E2: the picture of a preferred future at three distances, and how clear it feels.

use leptos::prelude::*;

use crate::model::exploration::vision::VisionEdit;
use crate::model::exploration::Section;
use crate::model::Part;
use crate::model::{Horizon, VisionClarity};
use crate::store::LiveWorkbook;
use crate::ui::widgets::{Choice, ChoiceGroup, Fields, LongAnswer};

use super::overview::SectionStatus;

fn clarity_next_step(clarity: VisionClarity) -> &'static str {
    match clarity {
        VisionClarity::Clear => {
            "Then the next step is to test the picture against reality: what does the path really ask of \
             you, and who is already walking it? That is the work of Diving deeper."
        }
        VisionClarity::WhatNotHow => {
            "Knowing the what is a strong start. Next, turn the how into questions you can research: what \
             it takes to get there, what it costs, and who could tell you more."
        }
        VisionClarity::NotYet => {
            "That is a very common place to begin, and a good one. Before looking at jobs, look at yourself: \
             note the moments when work felt right, and the moments it felt wrong. Patterns show up quickly."
        }
    }
}

struct HorizonText {
    horizon: Horizon,
    id: &'static str,
    label: &'static str,
    hint: &'static str,
}

const HORIZONS: [HorizonText; 3] = [
    HorizonText {
        horizon: Horizon::OneYear,
        id: "vision-one-year",
        label: "A year from now, what would you like to be different?",
        hint: "Think of an ordinary Tuesday: the work, the people, the hours, how you feel at the end of it.",
    },
    HorizonText {
        horizon: Horizon::ThreeYears,
        id: "vision-three-years",
        label: "Three years from now, what would you like to be doing?",
        hint: "What have you learned by then? What are you known for?",
    },
    HorizonText {
        horizon: Horizon::TenYears,
        id: "vision-ten-years",
        label: "Ten years from now, looking back, what would make you glad?",
        hint: "Let it be large. Nobody else reads this unless you share it.",
    },
];

#[component]
pub fn VisionSection() -> impl IntoView {
    let live = expect_context::<LiveWorkbook>();
    let answer = move |horizon: Horizon| {
        live.select_in(&[Part::Vision], move |workbook| {
            horizon.get(&workbook.vision).to_string()
        })
    };
    let set = move |horizon: Horizon| {
        Callback::new(move |text: String| live.dispatch(VisionEdit::SetAnswer(horizon, text)))
    };
    let clarity = live.select_in(&[Part::Vision], move |workbook| workbook.vision.clarity);
    let clarity = move || clarity.get();

    view! {
        <section aria-labelledby="vision" class="card">
            <h2 id="vision" tabindex="-1">"Your vision" <SectionStatus section=Section::Vision/></h2>
    <Fields>
            <LongAnswer
                id="vision-best"
                label="In the best of all worlds, what would you want from your work, and from the life around it?"
                hint="Write freely. If a “but” comes up (money, time, what others expect), note it and carry on as if it were solved; it gets its turn later."
                value=answer(Horizon::BestOfAllWorlds)
                on_input=set(Horizon::BestOfAllWorlds)
                rows=6
            />
            {HORIZONS
                .iter()
                .map(|h| view! {
                    <LongAnswer
                        id=h.id
                        label=h.label
                        hint=h.hint
                        value=answer(h.horizon)
                        on_input=set(h.horizon)
                    />
                })
                .collect_view()}

            <ChoiceGroup
                id_prefix="clarity"
                legend="How clear does this picture feel today?"
                choices=VisionClarity::ALL
                    .into_iter()
                    .map(|c| Choice { value: c, key: c.key(), label: VisionClarity::label(c) })
                    .collect()
                selected=Signal::derive(clarity)
                on_select=Callback::new(move |c| live.dispatch(VisionEdit::SetClarity(Some(c))))
            />
            <p class="next-step" id="clarity-next-step" aria-live="polite">
                {move || clarity().map(clarity_next_step)}
            </p>
        </Fields>
    </section>
        }
}
