//! `telrules demo`: a readable report over a built-in sample organisation, one section per
//! capability. Every value shown is computed by the core at run time from `sample`.

mod content;
mod errors;
mod hours;
mod inbound;
mod phone;
mod plan;
mod preflight;
mod readiness;
mod sample;
mod segments;
mod sender;
mod twilio;

use std::fmt::Write;

/// The whole report. Each section writes its own heading.
pub fn report() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "telrules demo: {}", sample::ORG_NAME);
    let _ = writeln!(
        out,
        "(a built-in sample organisation; every answer below comes from the rules core)\n"
    );
    for section in [
        phone::section,
        segments::section,
        readiness::section,
        inbound::section,
        hours::section,
        sender::section,
        errors::section,
        twilio::section,
        content::section,
        preflight::section,
        plan::section,
    ] {
        section(&mut out);
        out.push('\n');
    }
    out
}

/// A section heading, underlined.
pub(crate) fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "{title}\n{}", "=".repeat(title.chars().count()));
}

#[cfg(test)]
mod tests {
    #[test]
    fn report_has_a_section_per_capability() {
        let report = super::report();
        for title in [
            "Phone numbers",
            "Message segments",
            "Texting readiness",
            "Twilio webhooks",
            "Delivery errors this week",
            "Deliverability snapshot",
            "Business hours and quiet hours",
            "Inbound texts",
            "Choosing the sending number",
            "Checking a message before it is sent",
            "Registration pre-flight",
            "Planning the winter promotion",
        ] {
            assert!(report.contains(title), "missing section {title}");
        }
    }
}
