//! The article as a slide deck for presenting: a title slide with the headline figures, the
//! sections packed into slides that fit a projector screen, one slide per chart, and the
//! references. Pure data: the deck is planned here and drawn by `components::presentation`;
//! `keys` maps the keyboard to what it does on the deck.

pub mod keys;

use crate::content::{Article, Block, Figure, Section};

/// What a slide shows, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item<'a> {
    /// A paragraph or a list from the article.
    Block(&'a Block),
    /// A subsection's title, inside a slide of its parent section.
    Heading(&'a str),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body<'a> {
    /// The article's title and lede with the headline figures.
    Title,
    Text(Vec<Item<'a>>),
    Chart(&'a Figure),
    References,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slide<'a> {
    /// The section a slide belongs to, shown above its title.
    pub section: &'a Section,
    pub title: &'a str,
    pub body: Body<'a>,
}

/// How much text fits on one slide, in estimated lines at projector size (about 70 characters a
/// line at the smallest supported screen, 1024×768). The browser tests check that every slide fits.
pub const LINES_PER_SLIDE: f32 = 15.0;

/// Estimated lines for one item.
fn lines(item: &Item) -> f32 {
    let wrapped = |text: &str, width: usize| text.chars().count().div_ceil(width) as f32;
    match item {
        Item::Heading(_) => 1.5,
        Item::Block(Block::Paragraph(text)) => wrapped(text, 76) + 0.5,
        Item::Block(Block::List(entries)) => {
            entries.iter().map(|e| wrapped(e, 62) + 0.25).sum::<f32>() + 0.6
        }
        Item::Block(Block::Charts(_)) => 0.0,
    }
}

/// The whole deck.
pub fn deck(article: &Article) -> Vec<Slide<'_>> {
    let first = article.sections.first().expect("the article has sections");
    let mut slides = vec![Slide {
        section: first,
        title: &article.title,
        body: Body::Title,
    }];
    for section in &article.sections {
        plan_section(article, section, &mut slides);
    }
    if let Some(last) = article.sections.last() {
        slides.push(Slide {
            section: last,
            title: &article.labels.references,
            body: Body::References,
        });
    }
    slides
}

/// Packs a section's text, and its subsections, into as few slides as fit; charts get a slide each.
fn plan_section<'a>(article: &'a Article, section: &'a Section, slides: &mut Vec<Slide<'a>>) {
    let mut page: Vec<Item<'a>> = Vec::new();
    let mut used = 0.0;
    let flush = |page: &mut Vec<Item<'a>>, used: &mut f32, slides: &mut Vec<Slide<'a>>| {
        if !page.is_empty() {
            slides.push(Slide {
                section,
                title: &section.title,
                body: Body::Text(std::mem::take(page)),
            });
            *used = 0.0;
        }
    };
    // A subsection is kept whole on one slide: its heading and its blocks.
    let groups =
        section
            .blocks
            .iter()
            .map(|b| vec![Item::Block(b)])
            .chain(section.subsections.iter().map(|sub| {
                std::iter::once(Item::Heading(sub.title.as_str()))
                    .chain(sub.blocks.iter().map(Item::Block))
                    .collect()
            }));
    for group in groups {
        if let [Item::Block(Block::Charts(ids))] = group.as_slice() {
            flush(&mut page, &mut used, slides);
            slides.extend(
                ids.iter()
                    .filter_map(|id| article.figure(id))
                    .map(|figure| Slide {
                        section,
                        title: &figure.label,
                        body: Body::Chart(figure),
                    }),
            );
            continue;
        }
        let cost: f32 = group.iter().map(lines).sum();
        if used + cost > LINES_PER_SLIDE {
            flush(&mut page, &mut used, slides);
        }
        if cost <= LINES_PER_SLIDE {
            used += cost;
            page.extend(group);
            continue;
        }
        // A group too long for one slide continues on the next, under its heading again.
        let heading = group
            .iter()
            .find(|i| matches!(i, Item::Heading(_)))
            .cloned();
        for item in group {
            let cost = lines(&item);
            if used + cost > LINES_PER_SLIDE && page.iter().any(|i| matches!(i, Item::Block(_))) {
                flush(&mut page, &mut used, slides);
                if let Some(heading) = heading.clone() {
                    used += lines(&heading);
                    page.push(heading);
                }
            }
            used += cost;
            page.push(item);
        }
    }
    flush(&mut page, &mut used, slides);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn the_deck_opens_with_the_title_and_ends_with_the_references() {
        let deck = deck(article());
        assert_eq!(deck.first().map(|s| &s.body), Some(&Body::Title));
        assert_eq!(deck.last().map(|s| &s.body), Some(&Body::References));
    }

    #[test]
    fn every_block_of_every_section_is_on_exactly_one_slide() {
        let a = article();
        let deck = deck(a);
        let shown: Vec<&Block> = deck
            .iter()
            .flat_map(|s| match &s.body {
                Body::Text(items) => items.clone(),
                _ => vec![],
            })
            .filter_map(|item| {
                if let Item::Block(b) = item {
                    Some(b)
                } else {
                    None
                }
            })
            .collect();
        let text_blocks = a
            .all_sections()
            .iter()
            .flat_map(|s| &s.blocks)
            .filter(|b| !matches!(b, Block::Charts(_)))
            .count();
        assert_eq!(shown.len(), text_blocks);
        let charts: Vec<&str> = deck
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
    fn no_slide_is_over_its_budget_unless_it_holds_one_block() {
        for slide in deck(article()) {
            if let Body::Text(items) = &slide.body {
                let total: f32 = items.iter().map(lines).sum();
                assert!(
                    total <= LINES_PER_SLIDE || items.len() <= 2,
                    "{}: {total} lines",
                    slide.title
                );
            }
        }
    }
}
