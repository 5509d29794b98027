//! The npm package's TypeScript declarations of the contract types (`bindings/types.d.ts`),
//! generated from the serde types by ts-rs (feature `ts`, off in every shipped build).
//! The test below regenerates them and fails when the checked-in file differs;
//! `scripts/gen-types` rewrites it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};

/// Every root type: each op's args and result (their field types come along), plus the
/// compiled-schedule args.
fn export_roots(
    cfg: &Config,
) -> Result<Vec<(ts_rs::Dependency, &'static str)>, ts_rs::ExportError> {
    let mut deps = Vec::new();
    macro_rules! roots {
        ($($ty:ty),* $(,)?) => {$(
            <$ty>::export_all(cfg)?;
            let mut all = All { cfg, seen: Vec::new(), deps: &mut deps };
            ts_rs::TypeVisitor::visit::<$ty>(&mut all);
        )*};
    }
    use crate::*;
    roots!(
        segments::SegmentsArgs,
        segments::SegmentsResult,
        phone::ParsePhoneArgs,
        phone::ParsedPhone,
        inbound::ClassifyInboundArgs,
        inbound::Classification,
        inbound::HandleInboundArgs,
        inbound::HandleInboundResult,
        inbound::LintReplyArgs,
        inbound::LintReplyResult,
        readiness::ReadinessArgs,
        readiness::NumberReadiness,
        readiness::OrgReadinessArgs,
        readiness::OrgReadinessResult,
        errors::ExplainErrorArgs,
        errors::ErrorGuidance,
        errors::DeliverabilityArgs,
        errors::DeliverabilityResult,
        hours::BusinessHoursArgs,
        hours::BusinessHours,
        hours::SendWindowArgs,
        hours::SendWindow,
        hours::CompileScheduleArgs,
        sender::SelectSenderArgs,
        sender::SelectSenderResult,
        twilio::VerifyWebhookSignatureArgs,
        twilio::SignatureVerdict,
        twilio::WebhookParamsArgs,
        twilio::InboundWebhook,
        twilio::StatusCallback,
        twilio::RenderTwimlArgs,
        twilio::TwimlReply,
        content::CheckMessageArgs,
        content::CheckMessageResult,
        preflight::PreflightArgs,
        preflight::PreflightResult,
        plan::PlanSendArgs,
        plan::SendPlan,
        plan::EstimateCostArgs,
        plan::CostEstimate,
        contract::ErrorKind,
    );
    Ok(deps)
}

/// Walks a type and all it reaches, once each, noting the exportable ones.
struct All<'a> {
    cfg: &'a Config,
    seen: Vec<std::any::TypeId>,
    deps: &'a mut Vec<(ts_rs::Dependency, &'static str)>,
}

impl ts_rs::TypeVisitor for All<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        let id = std::any::TypeId::of::<T>();
        if self.seen.contains(&id) {
            return;
        }
        self.seen.push(id);
        self.deps.extend(
            ts_rs::Dependency::from_ty::<T>(self.cfg).map(|d| (d, std::any::type_name::<T>())),
        );
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// Input types that read Twilio resources as fetched and ignore the fields they do not use
/// (their Rust types do not deny unknown fields): their declarations also accept any other
/// field, so passing a resource straight from Twilio's API type-checks.
const OPEN_TO_OTHER_FIELDS: &[&str] = &[
    "BrandFacts",
    "CampaignFacts",
    "MessagingServiceFacts",
    "NumberCapabilities",
    "NumberFacts",
    "RegulatoryBundle",
    "TollfreeVerificationFacts",
    "TrustHubResourceFacts",
];

const HEADER: &str = "\
// GENERATED from the Rust types of the telrules core by ts-rs; do not edit by hand.
// Regenerate with scripts/gen-types after changing a serde type in core/src; the test
// `generated_types` (run by scripts/test) fails while this file is stale.
// Doc comments are the Rust doc comments. Hand-written refinements live in index.d.ts.
";

/// The declarations file as the current Rust types give it.
fn generate() -> Result<String, String> {
    let dir = std::env::temp_dir().join(format!("telrules-ts-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let cfg = Config::new().with_out_dir(&dir).with_large_int("number");
    let deps = export_roots(&cfg).map_err(|e| format!("ts-rs export failed: {e}"))?;
    // Two Rust types with one TypeScript name would overwrite each other's file.
    let mut names: BTreeMap<String, &str> = BTreeMap::new();
    let mut clashes = Vec::new();
    // (ts-rs declares serde_json::Value through a shadow type of its own: one declaration.)
    for (dep, rust) in deps.iter().filter(|(_, rust)| !rust.starts_with("ts_rs::")) {
        if let Some(other) = names.insert(dep.ts_name.clone(), rust) {
            if other != *rust {
                clashes.push(format!("{} ({other} and {rust})", dep.ts_name));
            }
        }
    }
    assert!(
        clashes.is_empty(),
        "Rust types sharing a TypeScript name (rename one with #[ts(rename)]): {}",
        clashes.join("; ")
    );
    let mut files: Vec<PathBuf> = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    let mut out = String::from(HEADER);
    let mut opened = Vec::new();
    for file in &files {
        let mut text = std::fs::read_to_string(file).unwrap_or_default();
        let stem = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if OPEN_TO_OTHER_FIELDS.contains(&stem) {
            let end = text
                .rfind("};")
                .ok_or_else(|| format!("{stem} is not an object type"))?;
            text.insert_str(end, "\n/** Any other field of the Twilio resource (ignored). */\n[twilioField: string]: unknown, ");
            opened.push(stem.to_owned());
        }
        out.push('\n');
        for line in text.lines() {
            if line.starts_with("// This file was generated") || line.starts_with("import type") {
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        opened.len(),
        OPEN_TO_OTHER_FIELDS.len(),
        "OPEN_TO_OTHER_FIELDS names a type that is not generated: {opened:?}"
    );
    // One blank line between declarations, none doubled.
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    Ok(indent(&out))
}

/// ts-rs writes each object type's fields at the left margin; indent them by nesting depth
/// (braces outside doc comments and string literals) so the file reads like hand-written
/// declarations.
fn indent(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for line in text.lines() {
        let line = line.trim_end();
        let doc = line.starts_with("/**") || line.starts_with(" *");
        let mut opens = 0usize;
        let mut closes_first = 0usize;
        let mut closes = 0usize;
        if !doc {
            let mut quoted = false;
            let mut seen_other = false;
            for c in line.chars() {
                match c {
                    '"' => quoted = !quoted,
                    '{' if !quoted => opens += 1,
                    '}' if !quoted => {
                        if opens > 0 {
                            opens -= 1;
                        } else if !seen_other {
                            closes_first += 1;
                        } else {
                            closes += 1;
                        }
                    }
                    ' ' => {}
                    _ => seen_other = true,
                }
            }
        }
        depth = depth.saturating_sub(closes_first);
        if !line.is_empty() {
            out.push_str(&"  ".repeat(depth));
        }
        out.push_str(line);
        out.push('\n');
        depth = (depth + opens).saturating_sub(closes);
    }
    out
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "ts") {
            files.push(path);
        }
    }
}

#[test]
fn generated_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../bindings/types.d.ts");
    let fresh = generate().unwrap_or_else(|e| panic!("{e}"));
    if std::env::var_os("TELRULES_WRITE_TYPES").is_some() {
        if let Err(e) = std::fs::write(&path, &fresh) {
            panic!("cannot write {}: {e}", path.display());
        }
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    if checked_in != fresh {
        let first = checked_in
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(checked_in.lines().count().min(fresh.lines().count()));
        panic!(
            "bindings/types.d.ts is stale: it differs from what the Rust types generate from \
             line {} on (checked in: {:?}, generated: {:?}). Regenerate it with scripts/gen-types \
             and commit the result.",
            first + 1,
            checked_in.lines().nth(first).unwrap_or("<end of file>"),
            fresh.lines().nth(first).unwrap_or("<end of file>"),
        );
    }
}
