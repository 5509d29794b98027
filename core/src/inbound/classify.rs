//! `classify_inbound`: exact keyword matching, then the phrase rules.

use std::borrow::Cow;

use super::keywords::{DEFAULT_LANGUAGES, DEFAULT_SETS, OPT_OUT_FIRSTS};
use super::normalize::{fold, fold_into, StackBuf};
use super::patterns;
use super::phrase::{
    clause_verdict, courtesy_len, lexicon_may_match, starts_with, Lexicon, Verdict,
    AMBIGUOUS_COMMANDS, FIRST_LEXICON, INSTRUCTION_ENDS, LAUGHTER_WORDS, LEXICONS,
    MAX_CLAUSE_WORDS, MENTION_MARKERS, PLAYFUL_EMOJI, PLAYFUL_WORDS, TRIGGERS,
};
use super::{Classification, Intent, KeywordConfig, MatchKind, Mode, Reason};
use crate::Error;

/// Most extra keywords a config may carry (all intents and languages together).
pub const MAX_EXTRA_KEYWORDS: usize = 200;
/// Longest extra keyword, in characters.
pub const MAX_KEYWORD_CHARS: usize = 30;

pub(crate) struct Extra {
    intent: Intent,
    language: String,
    keyword: String,
}

/// A validated config, ready to classify many texts.
pub struct Classifier {
    sets_on: [bool; 3],
    extras: Vec<Extra>,
    strict: bool,
}

fn language_index(language: &str) -> Option<usize> {
    DEFAULT_LANGUAGES.iter().position(|l| *l == language)
}

fn valid_language_tag(tag: &str) -> bool {
    (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase())
}

impl Classifier {
    /// Validates `config`; `path` is where it sits in the args (`config`).
    pub fn new(config: &KeywordConfig, path: &str) -> Result<Self, Error> {
        let mut sets_on = [true; 3];
        if let Some(on) = &config.default_sets {
            sets_on = [false; 3];
            for (i, language) in on.iter().enumerate() {
                match language_index(language) {
                    Some(k) => {
                        if let Some(slot) = sets_on.get_mut(k) {
                            *slot = true;
                        }
                    }
                    None => {
                        return Err(Error::invalid_value(
                            format!("{path}.default_sets[{i}]"),
                            format!(
                                "`{language}` has no default keyword set; accepted: {}",
                                DEFAULT_LANGUAGES.join(", ")
                            ),
                        ))
                    }
                }
            }
        }
        let mut extras: Vec<Extra> = Vec::new();
        let groups = [
            (Intent::OptOut, "opt_out", &config.keywords.opt_out),
            (Intent::OptIn, "opt_in", &config.keywords.opt_in),
            (Intent::Help, "help", &config.keywords.help),
        ];
        for (intent, name, by_language) in groups {
            for (language, words) in by_language.iter() {
                let at = format!("{path}.keywords.{name}.{language}");
                if !valid_language_tag(language) {
                    return Err(Error::invalid_value(
                        at,
                        "a language is a lower-case ISO 639 code of 2 or 3 letters (en, fr, es)",
                    ));
                }
                for (i, word) in words.iter().enumerate() {
                    let at = format!("{at}[{i}]");
                    if extras.len() >= MAX_EXTRA_KEYWORDS {
                        return Err(Error::invalid_value(
                            at,
                            format!("at most {MAX_EXTRA_KEYWORDS} extra keywords in all"),
                        ));
                    }
                    if word.chars().count() > MAX_KEYWORD_CHARS {
                        return Err(Error::invalid_value(
                            at,
                            format!("a keyword is at most {MAX_KEYWORD_CHARS} characters"),
                        ));
                    }
                    let folded = fold(word);
                    if folded.is_empty() || folded.contains('|') {
                        return Err(Error::invalid_value(
                            at,
                            "a keyword is one or more words of letters or digits, without \
                             punctuation inside (`REMOVE`, `NO MORE`)",
                        ));
                    }
                    if let Some(other) = default_intent(&folded).filter(|i| *i != intent) {
                        return Err(Error::invalid_value(
                            at,
                            format!(
                                "`{folded}` is already a default {} keyword; one keyword has one intent",
                                other.as_str()
                            ),
                        ));
                    }
                    if let Some(other) = extras
                        .iter()
                        .find(|e| e.keyword == folded && e.intent != intent)
                    {
                        return Err(Error::invalid_value(
                            at,
                            format!(
                                "`{folded}` is also listed as an extra {} keyword; one keyword has one intent",
                                other.intent.as_str()
                            ),
                        ));
                    }
                    extras.push(Extra {
                        intent,
                        language: language.clone(),
                        keyword: folded,
                    });
                }
            }
        }
        Ok(Classifier {
            sets_on,
            extras,
            strict: config.mode == Mode::Strict,
        })
    }

    fn set_on(&self, language: &str) -> bool {
        language_index(language)
            .and_then(|i| self.sets_on.get(i))
            .copied()
            .unwrap_or(false)
    }

    fn lexicons(&self) -> impl Iterator<Item = &'static Lexicon> + '_ {
        LEXICONS.iter().filter(move |l| self.set_on(l.language))
    }

    /// Classifies one inbound text.
    pub fn classify(&self, text: &str) -> Classification {
        let mut buf = StackBuf::new();
        fold_into(text, &mut buf);
        if !buf.overflow {
            let folded = buf.as_str();
            if let Some(hit) = self.exact(folded) {
                return hit;
            }
            if self.strict {
                return Classification::none();
            }
            return self.phrase(text, folded);
        }
        if self.strict {
            return Classification::none();
        }
        self.phrase(text, &fold(text))
    }

    fn lookup(&self, folded: &str) -> Option<Classification> {
        for set in DEFAULT_SETS {
            if self.set_on(set.language) {
                if let Some(k) = set.keywords.iter().find(|k| **k == folded) {
                    return Some(Classification::exact(
                        set.intent,
                        Cow::Borrowed(k),
                        Cow::Borrowed(set.language),
                    ));
                }
            }
        }
        self.extras.iter().find(|e| e.keyword == folded).map(|e| {
            Classification::exact(
                e.intent,
                Cow::Owned(e.keyword.clone()),
                Cow::Owned(e.language.clone()),
            )
        })
    }

    fn exact(&self, folded: &str) -> Option<Classification> {
        if folded.is_empty() {
            return None;
        }
        if !folded.contains('|') {
            if let Some(hit) = self.lookup(folded) {
                return Some(hit);
            }
        }
        // Spelled out letter by letter: `S T O P`, `S.T.O.P.`.
        let mut pieces = folded.split(['|', ' ']);
        if pieces.clone().count() >= 2 && pieces.all(|w| w.chars().count() == 1) {
            let mut joined = StackBuf::new();
            folded
                .chars()
                .filter(|c| *c != ' ' && *c != '|')
                .for_each(|c| super::normalize::Sink::put(&mut joined, c));
            if !joined.overflow {
                return self.lookup(joined.as_str());
            }
        }
        None
    }

    /// The opt-out keyword starting at `tokens[i]`: (words, canonical, language).
    fn opt_out_keyword_at(
        &self,
        tokens: &[&str],
        i: usize,
    ) -> Option<(usize, Cow<'static, str>, Cow<'static, str>)> {
        let mut best: Option<(usize, Cow<'static, str>, Cow<'static, str>)> = None;
        let could_be_default = tokens.get(i).is_some_and(|t| OPT_OUT_FIRSTS.maybe(t));
        for set in DEFAULT_SETS.iter().filter(|_| could_be_default) {
            if set.intent != Intent::OptOut || !self.set_on(set.language) {
                continue;
            }
            for k in set.keywords {
                let n = k.split(' ').count();
                if best.as_ref().is_none_or(|b| n > b.0) && matches_words(tokens, i, k) {
                    best = Some((n, Cow::Borrowed(k), Cow::Borrowed(set.language)));
                }
            }
        }
        for e in &self.extras {
            if e.intent != Intent::OptOut {
                continue;
            }
            let n = e.keyword.split(' ').count();
            if best.as_ref().is_none_or(|b| n > b.0) && matches_words(tokens, i, &e.keyword) {
                best = Some((
                    n,
                    Cow::Owned(e.keyword.clone()),
                    Cow::Owned(e.language.clone()),
                ));
            }
        }
        best
    }

    /// Whether any word of the message could start a phrase rule: an opt-out keyword, a
    /// rule's first word, a word an alias turns into one, or an extra opt-out keyword.
    /// Most ordinary messages have none and are answered here without running the rules.
    fn could_be_phrase(&self, folded: &str) -> bool {
        let has_extra_opt_out = self.extras.iter().any(|e| e.intent == Intent::OptOut);
        has_extra_opt_out
            || folded.split(['|', ' ']).any(|w| {
                TRIGGERS.maybe(w) || OPT_OUT_FIRSTS.maybe(w) || patterns::may_canonicalise(w)
            })
    }

    fn is_extra_word(&self, word: &str) -> bool {
        self.extras
            .iter()
            .any(|e| e.keyword.split(' ').any(|w| w == word))
    }

    /// Whether the clause is only opt-out keywords, courtesy and codes; with the first
    /// keyword found.
    fn bare_clause(&self, lexicons: &[&Lexicon], tokens: &[&str]) -> (bool, Option<KeywordHit>) {
        let mut first = None;
        let mut i = 0;
        let mut after_keyword = false;
        while i < tokens.len() {
            // Keywords before courtesy: `NO` is courtesy, but `NO MAS` is a keyword.
            if let Some((n, k, l)) = self.opt_out_keyword_at(tokens, i) {
                if first.is_none() {
                    first = Some((k, l));
                }
                after_keyword = true;
                i += n;
                continue;
            }
            let c = courtesy_len(lexicons, tokens, i);
            if c > 0 {
                i += c;
                continue;
            }
            let digits = tokens
                .get(i)
                .is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit()));
            if digits && after_keyword {
                after_keyword = false;
                i += 1;
                continue;
            }
            return (false, first);
        }
        (true, first)
    }

    /// Where a keyword is quoted or explained rather than said (`Reply STOP to opt out`,
    /// `what happens if I text stop`): the clause is cut there.
    fn mention_at(&self, tokens: &[&str]) -> Option<usize> {
        (0..tokens.len()).find(|&i| {
            let marker = tokens.get(i).is_some_and(|t| MENTION_MARKERS.contains(t));
            if marker && self.opt_out_keyword_at(tokens, i + 1).is_some() {
                return true;
            }
            self.opt_out_keyword_at(tokens, i).is_some_and(|(n, _, _)| {
                tokens.get(i + n) == Some(&"TO")
                    && tokens
                        .get(i + n + 1)
                        .is_some_and(|t| INSTRUCTION_ENDS.contains(t))
            })
        })
    }

    fn phrase(&self, text: &str, folded: &str) -> Classification {
        if !self.could_be_phrase(folded) {
            return Classification::none();
        }
        let mut slots: [&Lexicon; 3] = [FIRST_LEXICON; 3];
        let mut count = 0;
        for (slot, lex) in slots.iter_mut().zip(self.lexicons()) {
            *slot = lex;
            count += 1;
        }
        let lexicons = slots.get(..count).unwrap_or(&[]);
        let mut scan = Scan {
            all_bare: true,
            ..Scan::default()
        };
        for_each_clause(folded, |raw| {
            let mut words: [&str; MAX_CLAUSE_WORDS] = [""; MAX_CLAUSE_WORDS];
            for (k, (slot, word)) in words.iter_mut().zip(raw).enumerate() {
                // An org's own keyword is taken as written (`STOPP` is not `STOP` there).
                *slot = if self.is_extra_word(word) {
                    word
                } else {
                    patterns::canonical(word, raw.get(k + 1).copied())
                };
            }
            let mut tokens = words.get(..raw.len()).unwrap_or(&[]);
            if let Some(m) = self.mention_at(tokens) {
                tokens = tokens.get(..m).unwrap_or(&[]);
                if tokens.is_empty() {
                    return;
                }
            }
            self.scan_clause(lexicons, tokens, &mut scan);
        });
        if scan.all_bare {
            if let Some((keyword, language)) = scan.bare_keyword.clone() {
                return phrase_hit(Reason::KeywordWithCourtesy, Some(keyword), language, false);
            }
        }
        // A bare `stop` beside laughter or delight is not a command (`Stop! You're making
        // me laugh 😂`); beside a bare `lol` it may be one (`please stop lol`).
        let playful = || scan.playful || text.chars().any(|c| PLAYFUL_EMOJI.contains(&c));
        let command = match scan.phrase {
            Some(hit) if hit.reason != Some(Reason::KeywordCommand) => return hit,
            Some(hit) => Some((hit.keyword, hit.language.unwrap_or(Cow::Borrowed("en")))),
            None => scan.command_keyword.clone().map(|(k, l)| (Some(k), l)),
        };
        if let Some((keyword, language)) = command {
            if playful() {
                return Classification::none();
            }
            let laughing = scan.laughing;
            return phrase_hit(Reason::KeywordCommand, keyword, language, laughing);
        }
        if let Some(hit) = scan.possible {
            return hit;
        }
        match scan.possible_courtesy {
            Some((reason, language)) if !scan.own_slip => {
                phrase_hit(reason, None, Cow::Borrowed(language), true)
            }
            _ => Classification::none(),
        }
    }

    fn scan_clause(&self, lexicons: &[&Lexicon], tokens: &[&str], scan: &mut Scan) {
        let (bare, keyword) = self.bare_clause(lexicons, tokens);
        match (&keyword, bare) {
            (Some((k, l)), true) => {
                if scan.bare_keyword.is_none() {
                    scan.bare_keyword = Some((k.clone(), l.clone()));
                }
                if scan.command_keyword.is_none() && !AMBIGUOUS_COMMANDS.contains(&k.as_ref()) {
                    scan.command_keyword = Some((k.clone(), l.clone()));
                }
            }
            (None, true) => {
                for lex in lexicons {
                    for (seq, reason) in lex.possible_courtesy {
                        if scan.possible_courtesy.is_none()
                            && (0..tokens.len()).any(|i| starts_with(tokens, i, seq))
                        {
                            scan.possible_courtesy = Some((*reason, lex.language));
                        }
                    }
                }
            }
            (_, false) => scan.all_bare = false,
        }
        scan.playful |= tokens.iter().any(|t| PLAYFUL_WORDS.contains(t));
        scan.laughing |= tokens.iter().any(|t| LAUGHTER_WORDS.contains(t));
        scan.own_slip |= tokens
            .iter()
            .any(|t| lexicons.iter().any(|lex| lex.own_slip.contains(t)));
        if scan.phrase.is_some() || bare {
            return;
        }
        for lex in lexicons.iter().filter(|lex| lexicon_may_match(lex, tokens)) {
            match clause_verdict(lex, tokens) {
                Some(Verdict::Phrase(reason, at)) => {
                    let keyword = self.opt_out_keyword_at(tokens, at).map(|(_, k, _)| k);
                    scan.phrase = Some(phrase_hit(
                        reason,
                        keyword,
                        Cow::Borrowed(lex.language),
                        false,
                    ));
                    return;
                }
                Some(Verdict::Possible(reason, at)) if scan.possible.is_none() => {
                    let keyword = self.opt_out_keyword_at(tokens, at).map(|(_, k, _)| k);
                    scan.possible = Some(phrase_hit(
                        reason,
                        keyword,
                        Cow::Borrowed(lex.language),
                        true,
                    ));
                }
                _ => {}
            }
        }
    }
}

/// A keyword found: (canonical keyword, language).
type KeywordHit = (Cow<'static, str>, Cow<'static, str>);

/// What the clauses of one message showed.
#[derive(Default)]
struct Scan {
    /// Every clause is keywords and courtesy.
    all_bare: bool,
    bare_keyword: Option<KeywordHit>,
    /// A bare clause with a keyword that is a command whatever surrounds it.
    command_keyword: Option<KeywordHit>,
    phrase: Option<Classification>,
    possible: Option<Classification>,
    possible_courtesy: Option<(Reason, &'static str)>,
    playful: bool,
    laughing: bool,
    own_slip: bool,
}

fn phrase_hit(
    reason: Reason,
    keyword: Option<Cow<'static, str>>,
    language: Cow<'static, str>,
    possible: bool,
) -> Classification {
    Classification {
        intent: Intent::OptOut,
        match_kind: if possible {
            MatchKind::Possible
        } else {
            MatchKind::Phrase
        },
        keyword,
        language: Some(language),
        reason: Some(reason),
    }
}

fn matches_words(tokens: &[&str], i: usize, keyword: &str) -> bool {
    let mut n = 0;
    for (k, w) in keyword.split(' ').enumerate() {
        if tokens.get(i + k) != Some(&w) {
            return false;
        }
        n += 1;
    }
    n > 0
}

fn default_intent(folded: &str) -> Option<Intent> {
    DEFAULT_SETS
        .iter()
        .find(|s| s.keywords.contains(&folded))
        .map(|s| s.intent)
}

/// Calls `f` with the words of each clause (clauses longer than `MAX_CLAUSE_WORDS` are cut
/// into pieces of that size), without allocating.
fn for_each_clause(folded: &str, mut f: impl FnMut(&[&str])) {
    let mut words: [&str; MAX_CLAUSE_WORDS] = [""; MAX_CLAUSE_WORDS];
    for clause in folded.split('|') {
        let mut n = 0;
        for word in clause.split(' ').filter(|w| !w.is_empty()) {
            if let Some(slot) = words.get_mut(n) {
                *slot = word;
                n += 1;
            }
            if n == MAX_CLAUSE_WORDS {
                f(&words);
                n = 0;
            }
        }
        if n > 0 {
            f(words.get(..n).unwrap_or(&[]));
        }
    }
}

#[cfg(test)]
mod tests {
    fn classify(text: &str) -> String {
        let request = serde_json::json!({"op": "classify_inbound", "args": {"text": text}});
        crate::evaluate_json(&request.to_string())
    }

    #[test]
    fn a_keyword_that_starts_with_a_courtesy_word_is_still_a_keyword() {
        // `NO` alone is courtesy ("no thanks"), but `NO MAS` is the Spanish opt-out keyword.
        for text in ["No más, gracias", "NO MAS POR FAVOR", "no mas gracias"] {
            let answer = classify(text);
            assert!(answer.contains(r#""intent":"opt_out""#), "{text}: {answer}");
        }
        let answer = classify("No thanks, see you Tuesday");
        assert!(!answer.contains(r#""intent":"opt_out""#), "{answer}");
    }
}
