//! `classify_inbound`: exact keyword matching, then the phrase rules.

use std::borrow::Cow;

use super::keywords::{DEFAULT_LANGUAGES, DEFAULT_SETS, OPT_OUT_FIRSTS};
use super::normalize::{fold, fold_into, StackBuf};
use super::phrase::{
    clause_opt_out, courtesy_len, lexicon_may_match, Lexicon, FIRST_LEXICON, LEXICONS,
    MAX_CLAUSE_WORDS, TRIGGERS,
};
use super::{Classification, Intent, KeywordConfig, MatchKind, Mode};
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
            return self.phrase(folded);
        }
        if self.strict {
            return Classification::none();
        }
        self.phrase(&fold(text))
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
    /// rule's first word, or an extra opt-out keyword. Most ordinary messages have none
    /// and are answered here without running the rules.
    fn could_be_phrase(&self, folded: &str) -> bool {
        let has_extra_opt_out = self.extras.iter().any(|e| e.intent == Intent::OptOut);
        has_extra_opt_out
            || folded
                .split(['|', ' '])
                .any(|w| TRIGGERS.maybe(w) || OPT_OUT_FIRSTS.maybe(w))
    }

    fn phrase(&self, folded: &str) -> Classification {
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
        if let Some(hit) = self.bare_keyword_message(folded, lexicons) {
            return hit;
        }
        let mut found = None;
        for_each_clause(folded, |tokens| {
            if found.is_some() {
                return;
            }
            for lex in lexicons.iter().filter(|lex| lexicon_may_match(lex, tokens)) {
                if let Some(at) = clause_opt_out(lex, tokens) {
                    let keyword = self.opt_out_keyword_at(tokens, at).map(|(_, k, _)| k);
                    found = Some(Classification {
                        intent: Intent::OptOut,
                        match_kind: MatchKind::Phrase,
                        keyword,
                        language: Some(Cow::Borrowed(lex.language)),
                    });
                    return;
                }
            }
        });
        found.unwrap_or_else(Classification::none)
    }

    /// Rule 1: every clause is an opt-out keyword with courtesy around it, or courtesy
    /// alone, and at least one clause has a keyword (`Stop. Thank you`, `STOP please`,
    /// `STOP 12345`).
    fn bare_keyword_message(&self, folded: &str, lexicons: &[&Lexicon]) -> Option<Classification> {
        let mut first: Option<(Cow<'static, str>, Cow<'static, str>)> = None;
        let mut all_bare = true;
        for_each_clause(folded, |tokens| {
            if !all_bare {
                return;
            }
            let mut i = 0;
            let mut after_keyword = false;
            while i < tokens.len() {
                let c = courtesy_len(lexicons, tokens, i);
                if c > 0 {
                    i += c;
                    continue;
                }
                if let Some((n, k, l)) = self.opt_out_keyword_at(tokens, i) {
                    if first.is_none() {
                        first = Some((k, l));
                    }
                    after_keyword = true;
                    i += n;
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
                all_bare = false;
                return;
            }
        });
        match (all_bare, first) {
            (true, Some((keyword, language))) => Some(Classification {
                intent: Intent::OptOut,
                match_kind: MatchKind::Phrase,
                keyword: Some(keyword),
                language: Some(language),
            }),
            _ => None,
        }
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
