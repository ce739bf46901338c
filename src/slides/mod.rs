//! The article as a slide deck for presenting: a title slide, the headline figures, the
//! sections packed into slides, one slide per chart, and the references. Pure data: the deck is
//! planned here and drawn by `components::presentation`; `keys` maps the keyboard to what it does.
//!
//! # One plan for every screen
//! Every slide is laid out on one logical canvas, [`CANVAS_WIDTH`] by [`CANVAS_HEIGHT`] ems of
//! body text (`styles/present.css`), which the style sheet scales uniformly to the window and
//! letterboxes on other shapes, as reveal.js does. So the planner below budgets lines once, for
//! that canvas, and slide N holds the same words on a projector, a laptop, a zoomed window, the
//! presenter console and the overview. Body text is one twentieth of the canvas's height, which
//! is at least 4 % of the window's height on every shape from 4:3 to 16:9.
//!
//! Text is split finer only where it must: a section's blocks share a slide when they fit, and
//! each subsection starts a slide titled by it; a block too long for what is left of a slide
//! moves to the next; one too long for any slide is split between sentences (a paragraph) or
//! entries (a list). Never reworded. A slide left sparse grows its type, up to [`Size::Largest`].

pub mod keys;
pub mod link;
pub mod notes;
pub mod pace;

use crate::content::text::{self, Segment};
use crate::content::{Article, Block, Figure, Section, template::fill};
use crate::figures;

/// The logical canvas, in ems of body text: 16:10.
pub const CANVAS_WIDTH: f32 = 32.0;
pub const CANVAS_HEIGHT: f32 = 20.0;

/// Characters of body text on one line of a text slide (about 30 ems wide), with room to spare
/// for wide words and wrapping.
const CHARS_PER_LINE: usize = 52;
/// A list entry's line, narrower by its bullet's indent.
const CHARS_PER_ENTRY_LINE: usize = 48;
/// A title's line, at 1.5 times the body's size.
const CHARS_PER_TITLE_LINE: usize = 32;
/// Lines of body text a text slide holds under a one-line title.
pub const LINES_PER_SLIDE: f32 = 10.0;
/// Body lines one more line of title takes (1.5 × 1.1 / 1.35).
const TITLE_LINE: f32 = 1.25;
/// A sparse slide's text grows, to at most this many times its size.
pub const GROWTH: [Size; 3] = [Size::Largest, Size::Large, Size::Base];

/// How large a slide's body text is: sparse slides use their space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Base,
    Large,
    Largest,
}

impl Size {
    /// How many times the base size.
    pub fn scale(self) -> f32 {
        match self {
            Size::Base => 1.0,
            Size::Large => 1.15,
            Size::Largest => 1.3,
        }
    }

    /// The class the style sheet sizes it by.
    pub fn class(self) -> &'static str {
        match self {
            Size::Base => "slide--base",
            Size::Large => "slide--large",
            Size::Largest => "slide--largest",
        }
    }
}

/// A run of an article's paragraph or list entry: all of it, or the sentences of it that fit
/// one slide. `text` is a slice of the article's own text, placeholders and all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Piece<'a> {
    pub text: &'a str,
    /// Whether this run continues text begun on an earlier slide.
    pub continues: bool,
}

/// What a slide shows, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item<'a> {
    /// A paragraph from the article, or the sentences of one that fit this slide.
    Paragraph(Piece<'a>),
    /// A list from the article, or the entries of one that fit this slide.
    List(Vec<Piece<'a>>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body<'a> {
    /// The article's title and lede.
    Title,
    /// Headline figures, as tiles: up to four to a slide, the most that fit two by two in
    /// type the back row can read.
    KeyFigures(Vec<&'a Figure>),
    Text(Vec<Item<'a>>),
    Chart(&'a Figure),
    References,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slide<'a> {
    /// The section a slide belongs to, shown above its title.
    pub section: &'a Section,
    /// The section or subsection whose text or chart the slide shows (its authored notes are
    /// the slide's); none for the title, the headline figures and the references.
    pub from: Option<&'a Section>,
    pub title: &'a str,
    pub body: Body<'a>,
    /// The size of its body text.
    pub size: Size,
}

/// The most headline figures on one slide: two by two.
const KEY_FIGURES_PER_SLIDE: usize = 4;

/// `items` in as few parts of at most `most` as hold them, as evenly filled (five in parts of
/// four: three and two; ten: four, three and three), in order; none for none.
fn even_parts<T>(items: &[T], most: usize) -> impl Iterator<Item = &[T]> {
    let parts = items.len().div_ceil(most.max(1));
    let (size, longer) = match parts {
        0 => (0, 0),
        n => (items.len() / n, items.len() % n),
    };
    (0..parts).scan(0, move |start, part| {
        let end = *start + size + usize::from(part < longer);
        let slice = &items[*start..end];
        *start = end;
        Some(slice)
    })
}

/// The deck of `article`, planned once for it and shared: the app counts its slides (to resume a
/// talk), and present mode shows them, each time it is entered.
pub fn planned(article: &'static Article) -> std::rc::Rc<Vec<Slide<'static>>> {
    type Plan = (*const Article, std::rc::Rc<Vec<Slide<'static>>>);
    thread_local! {
        static PLANNED: std::cell::RefCell<Option<Plan>> = const { std::cell::RefCell::new(None) };
    }
    PLANNED.with_borrow_mut(|plan| match plan {
        Some((of, slides)) if std::ptr::eq(*of, article) => slides.clone(),
        _ => plan
            .insert((article, std::rc::Rc::new(deck(article))))
            .1
            .clone(),
    })
}

/// The whole deck.
pub fn deck(article: &Article) -> Vec<Slide<'_>> {
    let first = article.sections.first().expect("the article has sections");
    let whole = |title, body| Slide {
        section: first,
        from: None,
        title,
        body,
        size: Size::Base,
    };
    let mut slides = vec![whole(&article.title, Body::Title)];
    let key: Vec<&Figure> = article.headline_figures().collect();
    slides.extend(even_parts(&key, KEY_FIGURES_PER_SLIDE).map(|figures| {
        whole(
            &article.labels.interface.key_figures,
            Body::KeyFigures(figures.to_vec()),
        )
    }));
    for section in &article.sections {
        plan_section(article, section, section, &mut slides);
    }
    if let Some(last) = article.sections.last() {
        slides.push(Slide {
            section: last,
            from: None,
            title: &article.labels.references,
            body: Body::References,
            size: Size::Base,
        });
    }
    slides
}

/// Characters a placeholder stands for at most: an amount ("over 1.4 million pounds") or a
/// period ("2005–2018").
const AMOUNT_CHARS: usize = 24;
const PERIOD_CHARS: usize = 9;

/// Lines `text` wraps to at `width` characters a line, each placeholder (`{arrests}`) counted as
/// the longest text it becomes.
fn wrapped(text: &str, width: usize) -> f32 {
    let mut chars = 0;
    for (i, run) in text.split(['{', '}']).enumerate() {
        chars += match (i % 2 == 1, run.ends_with(".period")) {
            (false, _) => run.chars().count(),
            (true, true) => PERIOD_CHARS,
            (true, false) => AMOUNT_CHARS,
        };
    }
    chars.div_ceil(width) as f32
}

/// Estimated body lines for one item, with the space after it, at `scale` times the body size.
fn lines(item: &Item, scale: f32) -> f32 {
    let width = |chars: usize| (chars as f32 / scale).floor() as usize;
    let body = match item {
        Item::Paragraph(piece) => wrapped(piece.text, width(CHARS_PER_LINE)) + 0.3,
        Item::List(entries) => {
            entries
                .iter()
                .map(|e| wrapped(e.text, width(CHARS_PER_ENTRY_LINE)) + 0.12)
                .sum::<f32>()
                + 0.3
        }
    };
    body * scale
}

/// The body lines a slide under `title` holds.
fn budget(title: &str) -> f32 {
    LINES_PER_SLIDE - (wrapped(title, CHARS_PER_TITLE_LINE) - 1.0).max(0.0) * TITLE_LINE
}

/// The largest size at which `items`, and their source line, still fit under `title`.
fn size_for(article: &Article, from: &Section, title: &str, items: &[Item]) -> Size {
    let room = budget(title);
    let source = text_source(article, from, items);
    GROWTH
        .into_iter()
        .find(|size| {
            items.iter().map(|i| lines(i, size.scale())).sum::<f32>()
                + source_lines(source.as_deref())
                <= room
        })
        .unwrap_or(Size::Base)
}

/// The figures a text slide's runs name (`{narcotics}`, `{narcotics.period}`), each once, in the
/// order they come.
pub fn figures_in<'a>(article: &'a Article, items: &[Item<'a>]) -> Vec<&'a Figure> {
    let runs = items.iter().flat_map(|item| match item {
        Item::Paragraph(piece) => vec![piece.text],
        Item::List(pieces) => pieces.iter().map(|p| p.text).collect(),
    });
    let mut out: Vec<&'a Figure> = Vec::new();
    for run in runs {
        for segment in text::segments(run).unwrap_or_default() {
            if let Segment::Figure { id, .. } = segment
                && let Some(figure) = article.figure(id)
                && !out.iter().any(|f| f.id == figure.id)
            {
                out.push(figure);
            }
        }
    }
    out
}

/// "Source: this section, refs [1]–[4]": where the figures a text slide states come from (each
/// source once, in the order its figures come), written under its text as a chart slide writes
/// its figure's; none for a slide that states no figure. A figure stated by the section the
/// slide shows, `from`, which its title names, has its section said as "this section".
pub fn text_source(article: &Article, from: &Section, items: &[Item]) -> Option<String> {
    let mut sources: Vec<String> = Vec::new();
    for figure in figures_in(article, items) {
        let refs = figures::reference_list(&figure.source.references);
        let source = if figure.source.section == from.id && !refs.is_empty() {
            fill(
                &article.labels.figures.stated_here,
                &[("references", &refs)],
            )
        } else {
            figures::source_text(article, figure)
        };
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    (!sources.is_empty()).then(|| {
        fill(
            &article.labels.figures.source,
            &[("source", &sources.join("; "))],
        )
    })
}

/// Body lines the source line takes, with the space above it: it stays at the body size as a
/// sparse slide's text grows.
fn source_lines(source: Option<&str>) -> f32 {
    source.map_or(0.0, |line| wrapped(line, CHARS_PER_LINE) + 0.3)
}

/// The sentences of a paragraph or entry, as slices of it that join back into it with one space
/// each: a sentence ends at `.`, `?`, `!` or `:` followed by a space and a capital letter, except
/// after an initialism ("The U.S. Immigration", "Joaquín A. Guzmán"): a word of single letters
/// each followed by a full stop may end a sentence or not, and the text cannot say which, so it
/// is never split after.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for window in chars.windows(3) {
        let [(end_at, end), (space_at, space), (_, next)] = window else {
            continue;
        };
        if matches!(end, '.' | '?' | '!' | ':')
            && *space == ' '
            && next.is_uppercase()
            && !(*end == '.' && initialism(&text[start..end_at + 1]))
        {
            out.push(&text[start..*space_at]);
            start = space_at + 1;
        }
    }
    out.push(&text[start..]);
    out
}

/// Whether the last word of `run` is an initialism: one or more single letters, each followed by
/// a full stop ("U.S.", "A."), after any opening bracket or quote.
fn initialism(run: &str) -> bool {
    let word = run.rsplit(' ').next().unwrap_or_default();
    let word = word.trim_start_matches(['(', '[', '“', '‘', '"', '\'']);
    let chars: Vec<char> = word.chars().collect();
    !chars.is_empty()
        && chars.len().is_multiple_of(2)
        && chars
            .chunks(2)
            .all(|pair| pair[0].is_alphabetic() && pair[1] == '.')
}

/// Fills slides of one section with items, starting a new slide when the next does not fit.
struct Packer<'a, 'd> {
    article: &'a Article,
    section: &'a Section,
    from: &'a Section,
    title: &'a str,
    slides: &'d mut Vec<Slide<'a>>,
    page: Vec<Item<'a>>,
    used: f32,
    room: f32,
}

impl<'a> Packer<'a, '_> {
    fn flush(&mut self) {
        if !self.page.is_empty() {
            let items = std::mem::take(&mut self.page);
            self.slides.push(Slide {
                section: self.section,
                from: Some(self.from),
                title: self.title,
                size: size_for(self.article, self.from, self.title, &items),
                body: Body::Text(items),
            });
        }
        self.used = 0.0;
    }

    /// Whether `item`, which takes `cost` lines, fits on this slide, with the source line of the
    /// figures the slide would then state.
    fn fits(&self, item: &Item<'a>, cost: f32) -> bool {
        let mut items = self.page.clone();
        items.push(item.clone());
        let source = text_source(self.article, self.from, &items);
        self.used + cost + source_lines(source.as_deref()) <= self.room
    }

    fn push(&mut self, item: Item<'a>) {
        self.used += lines(&item, 1.0);
        // Runs of one paragraph or list on one slide are one item.
        match (self.page.last_mut(), item) {
            (Some(Item::List(entries)), Item::List(more))
                if more.first().is_some_and(|p| p.continues) =>
            {
                entries.extend(more);
                // Its closing space is already counted.
                self.used -= 0.3;
            }
            (_, item) => self.page.push(item),
        }
    }

    /// Whether `items` fit a slide of their own, with their source line.
    fn fit_fresh(&self, items: &[Item<'a>]) -> bool {
        let source = text_source(self.article, self.from, items);
        items.iter().map(|item| lines(item, 1.0)).sum::<f32>() + source_lines(source.as_deref())
            <= self.room
    }

    /// Where a list starts on the next slide, the sentence that leads into it ("…include:")
    /// goes with it, if both fit there: a slide that ended on a colon left the room waiting for
    /// what came next. The lead-in's paragraph goes whole if this slide keeps something else,
    /// else its last sentence alone (split there, as a paragraph too long for a slide is).
    /// `first` is what the next slide starts with: the whole list, or its first entry.
    fn carry_lead_in(&mut self, first: &Item<'a>) {
        let lead = match self.page.last() {
            Some(Item::Paragraph(lead)) if lead.text.trim_end().ends_with(':') => *lead,
            _ => return self.flush(),
        };
        let with_list = |piece: Piece<'a>| [Item::Paragraph(piece), first.clone()];
        let (kept, carried) = if self.page.len() > 1 && self.fit_fresh(&with_list(lead)) {
            (None, lead)
        } else {
            let last = sentences(lead.text).last().copied().unwrap_or_default();
            let at = lead.text.len() - last.len();
            let carried = Piece {
                text: last,
                continues: true,
            };
            if at == 0 || !self.fit_fresh(&with_list(carried)) {
                return self.flush();
            }
            let kept = Piece {
                text: lead.text[..at].trim_end(),
                continues: lead.continues,
            };
            (Some(kept), carried)
        };
        self.page.pop();
        if let Some(kept) = kept {
            self.page.push(Item::Paragraph(kept));
        }
        self.flush();
        self.push(Item::Paragraph(carried));
    }

    /// A block: on this slide if it fits, on the next if it fits a slide, or split between
    /// sentences (a paragraph) or entries (a list) where it does not; a list starting on the
    /// next slide takes its lead-in with it.
    fn place(&mut self, block: &'a Block) {
        let Some(item) = whole_item(block) else {
            return;
        };
        let cost = lines(&item, 1.0);
        if !self.fits(&item, cost) && self.fit_fresh(std::slice::from_ref(&item)) {
            if matches!(block, Block::List(_)) {
                self.carry_lead_in(&item);
            } else {
                self.flush();
            }
        }
        if self.fits(&item, cost) {
            self.push(item);
            return;
        }
        match block {
            Block::Paragraph(text) => {
                let mut run: Option<(usize, usize)> = None;
                let mut continues = false;
                let piece = |(s, e): (usize, usize), continues| {
                    Item::Paragraph(Piece {
                        text: &text[s..e],
                        continues,
                    })
                };
                for sentence in sentences(text) {
                    let start = sentence.as_ptr() as usize - text.as_ptr() as usize;
                    let end = start + sentence.len();
                    let longer = run.map_or((start, end), |(s, _)| (s, end));
                    let candidate = piece(longer, continues);
                    match run {
                        Some(done) if !self.fits(&candidate, lines(&candidate, 1.0)) => {
                            self.push(piece(done, continues));
                            self.flush();
                            continues = true;
                            run = Some((start, end));
                        }
                        _ => run = Some(longer),
                    }
                }
                if let Some(done) = run {
                    self.push(piece(done, continues));
                }
            }
            Block::List(entries) => {
                for (i, entry) in entries.iter().enumerate() {
                    let item = Item::List(vec![Piece {
                        text: entry,
                        continues: i > 0,
                    }]);
                    // An entry joining the list's entries on this slide costs no closing space:
                    // the list's is counted.
                    let joins = i > 0 && matches!(self.page.last(), Some(Item::List(_)));
                    let cost = lines(&item, 1.0) - if joins { 0.3 } else { 0.0 };
                    if !self.fits(&item, cost) {
                        if i == 0 {
                            self.carry_lead_in(&item);
                        } else {
                            self.flush();
                        }
                    }
                    self.push(item);
                }
            }
            Block::Charts(_) => {}
        }
    }
}

/// A text block as one item; charts are not text.
fn whole_item(block: &Block) -> Option<Item<'_>> {
    match block {
        Block::Paragraph(text) => Some(Item::Paragraph(Piece {
            text,
            continues: false,
        })),
        Block::List(entries) => Some(Item::List(
            entries
                .iter()
                .map(|text| Piece {
                    text,
                    continues: false,
                })
                .collect(),
        )),
        Block::Charts(_) => None,
    }
}

/// Packs a section's text into as few slides as fit, under its title; a subsection's slides
/// are titled by it, under its top-level section's name; charts get a slide each.
fn plan_section<'a>(
    article: &'a Article,
    top: &'a Section,
    section: &'a Section,
    slides: &mut Vec<Slide<'a>>,
) {
    let mut packer = Packer {
        article,
        section: top,
        from: section,
        title: &section.title,
        slides,
        page: Vec::new(),
        used: 0.0,
        room: budget(&section.title),
    };
    for block in &section.blocks {
        if let Block::Charts(ids) = block {
            packer.flush();
            packer.slides.extend(
                ids.iter()
                    .filter_map(|id| article.figure(id))
                    .map(|figure| Slide {
                        section: top,
                        from: Some(section),
                        title: &figure.label,
                        body: Body::Chart(figure),
                        size: Size::Base,
                    }),
            );
            continue;
        }
        packer.place(block);
    }
    packer.flush();
    for sub in &section.subsections {
        plan_section(article, top, sub, slides);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn the_deck_opens_with_the_title_and_ends_with_the_references() {
        let deck = deck(article());
        assert_eq!(deck.first().map(|s| &s.body), Some(&Body::Title));
        assert!(matches!(deck.get(1).map(|s| &s.body), Some(Body::KeyFigures(f)) if f.len() == 4));
        assert_eq!(deck.last().map(|s| &s.body), Some(&Body::References));
    }

    #[test]
    fn headline_figures_take_as_few_slides_as_hold_them_evenly_filled() {
        for n in 0..=17 {
            let items: Vec<usize> = (0..n).collect();
            let parts: Vec<&[usize]> = even_parts(&items, 4).collect();
            assert_eq!(parts.len(), n.div_ceil(4), "{n} figures");
            assert_eq!(parts.concat(), items, "{n}: all of them, in order");
            let sizes: Vec<usize> = parts.iter().map(|p| p.len()).collect();
            let (most, least) = (sizes.iter().max(), sizes.iter().min());
            assert!(most <= Some(&4), "{n}: {sizes:?}");
            assert!(
                most.zip(least).is_none_or(|(m, l)| m - l <= 1),
                "{n}: {sizes:?}"
            );
        }
        assert_eq!(
            even_parts(&[0; 10], 4).map(<[_]>::len).collect::<Vec<_>>(),
            [4, 3, 3]
        );
    }

    /// The slides a section of `blocks` packs into, under a one-line title, each as its items'
    /// texts (a list as "list of N").
    fn packed(blocks: Vec<Block>) -> Vec<Vec<String>> {
        let a = article();
        let blocks: &'static [Block] = Box::leak(blocks.into_boxed_slice());
        let mut slides = Vec::new();
        let mut packer = Packer {
            article: a,
            section: &a.sections[0],
            from: &a.sections[0],
            title: "T",
            slides: &mut slides,
            page: Vec::new(),
            used: 0.0,
            room: budget("T"),
        };
        for block in blocks {
            packer.place(block);
        }
        packer.flush();
        slides
            .into_iter()
            .map(|slide| match slide.body {
                Body::Text(items) => items
                    .iter()
                    .map(|item| match item {
                        Item::Paragraph(p) => p.text.to_owned(),
                        Item::List(entries) => format!("list of {}", entries.len()),
                    })
                    .collect(),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    /// The three ways a list's lead-in goes, on text made to reach each: a paragraph of its
    /// own goes whole with its list; the last sentence of the only paragraph goes alone; one
    /// that would not fit with its list stays.
    #[test]
    fn a_lead_in_goes_whole_or_as_its_last_sentence_or_stays() {
        let line = "A sentence of words that takes one line of a slide."; // 51 characters
        let three = format!("{line} {line} {line}");
        let list = |n: usize| Block::List(vec!["An entry of words that takes one line.".into(); n]);
        let paragraph = |text: &str| Block::Paragraph(text.into());
        assert_eq!(
            packed(vec![
                paragraph(&three),
                paragraph("Key partners include:"),
                list(5)
            ]),
            [
                vec![three.clone()],
                vec!["Key partners include:".into(), "list of 5".into()]
            ]
        );
        let long = format!("{three} {line} This includes:");
        assert_eq!(
            packed(vec![paragraph(&long), list(5)]),
            [
                vec![format!("{three} {line}")],
                vec!["This includes:".into(), "list of 5".into()]
            ]
        );
        assert_eq!(
            packed(vec![
                paragraph(line),
                paragraph("Key partners include:"),
                list(8)
            ]),
            [
                vec![line.to_owned(), "Key partners include:".to_owned()],
                vec!["list of 8".into()]
            ]
        );
    }

    /// A slide that ends on the sentence leading into a list ("…include:") is one whose next
    /// slide, the list's, has no room for that sentence; the others carry it.
    #[test]
    fn a_list_starting_a_slide_has_its_lead_in_with_it() {
        let a = article();
        let slides = deck(a);
        let mut carried = 0;
        for pair in slides.windows(2) {
            let (Body::Text(here), Body::Text(next)) = (&pair[0].body, &pair[1].body) else {
                continue;
            };
            let from = pair[1].from.expect("a text slide shows a section");
            let same = pair[0].from.is_some_and(|f| std::ptr::eq(f, from));
            if !same || !next.iter().any(|i| matches!(i, Item::List(_))) {
                continue;
            }
            match (here.last(), next.first()) {
                (Some(Item::Paragraph(lead)), Some(Item::List(_))) if lead.text.ends_with(':') => {
                    let sentence = sentences(lead.text).last().copied().unwrap_or_default();
                    let mut items = vec![Item::Paragraph(Piece {
                        text: sentence,
                        continues: true,
                    })];
                    items.extend(next.iter().cloned());
                    let source = text_source(a, from, &items);
                    let used = items.iter().map(|i| lines(i, 1.0)).sum::<f32>()
                        + source_lines(source.as_deref());
                    assert!(
                        used > budget(pair[1].title),
                        "{}: the lead-in would fit its list's slide ({used} lines)",
                        pair[1].title
                    );
                }
                (_, Some(Item::Paragraph(lead))) if lead.text.ends_with(':') => carried += 1,
                _ => {}
            }
        }
        // The Overview's, Interdicting's and Tracing's lead-ins, which ended slides of their own.
        assert!(carried >= 3, "{carried} lead-ins carried");
    }

    #[test]
    fn sentences_join_back_into_their_paragraph() {
        let text = "HSI works in the U.S. and abroad. It seizes drugs: Some emerging areas. Done";
        let parts = sentences(text);
        assert_eq!(
            parts,
            [
                "HSI works in the U.S. and abroad.",
                "It seizes drugs:",
                "Some emerging areas.",
                "Done"
            ]
        );
        assert_eq!(parts.join(" "), text);
        for block in article().all_sections().iter().flat_map(|s| &s.blocks) {
            if let Block::Paragraph(text) = block {
                assert_eq!(&sentences(text).join(" "), text);
            }
        }
    }

    #[test]
    fn an_initialism_ends_no_sentence() {
        let text = "The U.S. Immigration and Customs Enforcement acts. Its head, Joaquín A. Guzmán, spoke. Into the U.S. Then (U.S. Coast Guard) left. It ended in the U.S.";
        assert_eq!(
            sentences(text),
            [
                "The U.S. Immigration and Customs Enforcement acts.",
                "Its head, Joaquín A. Guzmán, spoke.",
                "Into the U.S. Then (U.S. Coast Guard) left.",
                "It ended in the U.S."
            ]
        );
        // Words that end in a full stop but are longer than a letter still end a sentence.
        assert_eq!(
            sentences("Ask the DEA. Then go."),
            ["Ask the DEA.", "Then go."]
        );
    }

    /// A text slide that states figures says where they come from, under its text, and the plan
    /// makes room for that line: the slides of the Impact section's list and of the offices
    /// abroad state theirs.
    #[test]
    fn a_text_slide_stating_figures_gives_their_source_in_its_room() {
        let a = article();
        let mut sourced = Vec::new();
        for slide in deck(a) {
            let Body::Text(items) = &slide.body else {
                continue;
            };
            let from = slide.from.expect("a text slide shows a section");
            let source = text_source(a, from, items);
            assert_eq!(
                source.is_some(),
                !figures_in(a, items).is_empty(),
                "{}",
                slide.title
            );
            let used: f32 = items
                .iter()
                .map(|i| lines(i, slide.size.scale()))
                .sum::<f32>()
                + source_lines(source.as_deref());
            assert!(used <= budget(slide.title), "{}: {used} lines", slide.title);
            if let Some(source) = source {
                sourced.push(source);
            }
        }
        assert!(
            sourced == ["Source: this section, refs [1]–[4]"; 2],
            "the Impact list's slide and the offices': {sourced:?}"
        );
    }

    /// A paragraph too long for a small room splits between sentences, never after "U.S.".
    #[test]
    fn a_paragraph_too_long_for_its_room_is_not_split_after_an_initialism() {
        let text = "The U.S. Immigration and Customs Enforcement’s (ICE) Homeland Security \
            Investigations (HSI) has made disrupting drug trafficking networks a top priority. \
            This article will examine HSI’s efforts, strategies, and impact on drug trafficking \
            into the U.S.";
        let section = &article().sections[0];
        let block = Block::Paragraph(text.to_owned());
        let mut slides = Vec::new();
        let mut packer = Packer {
            article: article(),
            section,
            from: section,
            title: &section.title,
            slides: &mut slides,
            page: Vec::new(),
            used: 0.0,
            // Room for a line or two: no sentence of the paragraph fits it whole.
            room: 2.0,
        };
        packer.place(&block);
        packer.flush();
        let runs: Vec<(&str, bool)> = slides
            .iter()
            .flat_map(|slide| match &slide.body {
                Body::Text(items) => items.clone(),
                _ => Vec::new(),
            })
            .map(|item| match item {
                Item::Paragraph(piece) => (piece.text, piece.continues),
                Item::List(_) => ("a list", false),
            })
            .collect();
        assert_eq!(
            runs,
            [
                (
                    "The U.S. Immigration and Customs Enforcement’s (ICE) Homeland Security \
                    Investigations (HSI) has made disrupting drug trafficking networks a top \
                    priority.",
                    false
                ),
                (
                    "This article will examine HSI’s efforts, strategies, and impact on drug \
                    trafficking into the U.S.",
                    true
                ),
            ]
        );
    }

    #[test]
    fn every_chart_has_a_slide_in_order() {
        let charts: Vec<&str> = deck(article())
            .iter()
            .filter_map(|s| {
                if let Body::Chart(f) = s.body {
                    Some(f.id.as_str())
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(charts, ["narcotics", "arrests", "currency", "firearms"]);
    }

    #[test]
    fn no_slide_is_over_its_budget_at_its_size() {
        for slide in deck(article()) {
            if let Body::Text(items) = &slide.body {
                let total: f32 = items.iter().map(|i| lines(i, slide.size.scale())).sum();
                assert!(
                    total <= budget(slide.title),
                    "{}: {total} lines",
                    slide.title
                );
            }
        }
    }

    #[test]
    fn sparse_slides_grow() {
        let deck = deck(article());
        assert!(
            deck.iter().any(|s| s.size != Size::Base),
            "some slide grows"
        );
    }
}
