//! What a browser tab, a search result and a link preview show of the page: its title,
//! description and preview texts, made from the data (`labels.page` and the headline figures)
//! so that no figure is typed twice. The prerender step writes them into `index.html`.

use crate::content::{Article, template::fill};
use crate::embed::Embed;
use crate::figures::{self, Amount};

/// The page's texts for `<head>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// `<title>`.
    pub title: String,
    /// `<meta name=description>`.
    pub description: String,
    /// `og:title` and `twitter:title`: the article's title.
    pub preview_title: String,
    /// `og:description`: the headline figures' source, then each figure with its qualifier, unit
    /// and period.
    pub preview_description: String,
    /// `og:image:alt`.
    pub image_alt: String,
}

pub fn head(article: &Article) -> Head {
    let page = &article.labels.page;
    // The headline figures with their qualifier, unit and period, after the source they share,
    // said first so that a preview cut short keeps it ("Key figures (source: Impact on …, refs
    // [1]–[4]): …; …."): one sentence for each source, in the figures' order.
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for figure in article.headline_figures() {
        let latest = figure.latest();
        let period = figures::observation_period(&article.labels, latest);
        let amount = Amount::new(&article.labels, figure, latest, true).to_string();
        let said = fill(
            &page.figure,
            &[
                ("label", &figure.label),
                ("amount", &amount),
                ("period", &period),
            ],
        );
        let source = figures::source_text(article, figure);
        match groups.last_mut() {
            Some((last, said_there)) if *last == source => said_there.push(said),
            _ => groups.push((source, vec![said])),
        }
    }
    let summary: Vec<String> = groups
        .iter()
        .map(|(source, said)| {
            fill(
                &page.summary,
                &[("source", source), ("figures", &said.join("; "))],
            )
        })
        .collect();
    Head {
        title: fill(&page.title, &[("title", &article.title)]),
        description: page.description.clone(),
        preview_title: article.title.clone(),
        preview_description: summary.join(" "),
        image_alt: page.image_alt.clone(),
    }
}

/// An embedded view's texts: the page's, titled with what the view shows and the article's title.
pub fn embed_head(article: &Article, embed: Embed) -> Head {
    Head {
        title: embed.title(article),
        ..head(article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::article;

    #[test]
    fn the_head_is_made_from_the_data() {
        let head = head(article());
        assert_eq!(
            head.title,
            "HSI’s Focus on Disrupting Drug Trafficking Networks · Infographic"
        );
        assert_eq!(
            head.preview_description,
            "Key figures (source: Impact on Drug Trafficking Landscape, refs [1]–[4]): \
             Narcotics seized: over 1.4 million lb (2021); Drug smuggling arrests: over 2,600 arrests (2021); \
             Illicit currency seized: over $522 million (2021); Illicit firearms seized: 66,000+ firearms (2005–2018)."
        );
        for text in [
            &head.title,
            &head.description,
            &head.preview_description,
            &head.image_alt,
        ] {
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
        }
    }
}
