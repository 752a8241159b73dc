//! One problem found in a dataset: where it is, what is wrong, how to fix it.
//!
//! A leaf module (it imports nothing from the crate but `messages`, itself a leaf, for its
//! words) so that both `formats`, which finds problems while converting, and `load`, which
//! finds them while reading and validating, can use it without depending on each other.

use crate::messages::tr_args;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file (or "built-in dataset").
    pub file: String,
    /// 1-based line and column, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where in the data: a JSON path such as `quotes[1].text`, or a record.
    pub location: String,
    pub message: String,
    /// What the user can do about it.
    pub fix: String,
}

impl Problem {
    pub fn new(location: impl Into<String>, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Self {
            file: String::new(),
            line: None,
            column: None,
            location: location.into(),
            message: message.into(),
            fix: fix.into(),
        }
    }

    #[must_use]
    pub fn in_file(mut self, file: &str) -> Self {
        file.clone_into(&mut self.file);
        self
    }

    #[must_use]
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        if !self.location.is_empty() {
            write!(f, ": {}", self.location)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.fix.is_empty() {
            // The separator before "Fix:" is the language's (a space, a full stop).
            f.write_str(&tr_args("problem-fix", &[("fix", self.fix.as_str().into())]))?;
        }
        Ok(())
    }
}

/// A dataset that could not be loaded, with every problem found.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let args = [("count", self.problems.len().into()), ("file", self.file.as_str().into())];
        f.write_str(&tr_args("problem-count-in-file", &args))
    }
}

impl LoadError {
    #[must_use]
    pub fn one(file: &str, problem: Problem) -> Self {
        Self { file: file.to_owned(), problems: vec![problem.in_file(file)] }
    }
}
