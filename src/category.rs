//! The three labels of the label guide.

use serde::Serialize;

/// A sentence label, as defined in the label guide (`LABELS.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Who says so is not given.
    AnonymousSource,
    /// The writer marks the claim as not established.
    Unverified,
    /// Attributed on the record.
    NamedSource,
}

impl Category {
    /// Every category, in the order summaries list them.
    pub const ALL: [Category; 3] = [Category::AnonymousSource, Category::Unverified, Category::NamedSource];

    /// The label's name as written in the corpus and the CLI contract.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::AnonymousSource => "anonymous_source",
            Category::Unverified => "unverified",
            Category::NamedSource => "named_source",
        }
    }

    /// Parses a label name; `None` for anything else.
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A small set of categories (a bit set: sentences carry at most three labels).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Labels(u8);

impl Labels {
    /// The empty set.
    pub const EMPTY: Labels = Labels(0);

    /// Adds a category.
    pub fn insert(&mut self, c: Category) {
        self.0 |= c.bit();
    }

    /// Removes a category.
    pub fn remove(&mut self, c: Category) {
        self.0 &= !c.bit();
    }

    /// True when the set holds `c`.
    pub fn contains(&self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }

    /// True when the set holds nothing.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The categories held, in `Category::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = Category> + '_ {
        Category::ALL.into_iter().filter(|c| self.contains(*c))
    }

    /// The categories as their label names.
    pub fn names(&self) -> Vec<&'static str> {
        self.iter().map(Category::as_str).collect()
    }
}

impl FromIterator<Category> for Labels {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Labels {
        let mut l = Labels::EMPTY;
        for c in iter {
            l.insert(c);
        }
        l
    }
}

impl Serialize for Labels {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.names())
    }
}
