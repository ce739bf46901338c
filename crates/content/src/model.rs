//! The typed model of the article data file: the types alone, with the serde derives that read
//! the JSON file and write the postcard bytes the app decodes. Lookups over them are in `queries`,
//! the walk over the section tree in `walk`, and the checks serde cannot express in `validate`.

use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error as _};

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: String,
    /// The article's opening paragraph, shown under the title.
    pub lede: String,
    pub figures: Vec<Figure>,
    /// Ids of the figures shown as headline tiles, in order.
    pub key_figures: Vec<String>,
    pub sections: Vec<Section>,
    pub references: Vec<Reference>,
    /// Last in the postcard bytes, so that nothing decoded after the labels can fail: the decoder
    /// would then have to drop every label, code the wasm would carry (1.4 KB brotli).
    pub labels: Labels,
}

/// Every word a reader sees that the article does not supply, beside the headings the article
/// itself uses for its table of contents and reference list. Templates name their slots in
/// braces (`{title}`), filled by `template::fill`; each field's doc names the slots it takes,
/// and the validator rejects any other (`validate`).
///
/// The JSON data file names every label. The postcard bytes hold them as one list of texts in
/// field order, which the wasm reads in one loop and hands out one by one: derived decoders cost
/// it some 140 bytes a label, for the checks and clean-up of each field.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
// `remote = "Self"`: the derives write inherent `serialize` and `deserialize` functions, for the
// JSON file, which the trait impls below call.
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Labels {
    /// The article's heading for its table of contents (article text).
    pub contents: String,
    /// The article's heading for its reference list (article text).
    pub references: String,
    /// The page's title and link-preview texts, written into `index.html` at prerender.
    pub page: PageLabels,
    /// The page's own controls and notes.
    pub interface: InterfaceLabels,
    /// The colour themes' names.
    pub theme: ThemeLabels,
    /// The words a figure is written with: qualifier, scale, units and source.
    pub figures: FigureLabels,
    /// Values computed from a figure: what each is, and its formula.
    pub derived: DerivedLabels,
    /// A figure's chart, its data table and its downloads.
    pub chart: ChartLabels,
    /// The downloads' words: the CSV's header and words, the exported images' header and source.
    pub export: ExportLabels,
    /// The citation of the article and of the infographic, in plain text.
    pub cite: CiteLabels,
    /// Present mode.
    pub deck: DeckLabels,
    /// The share controls and the embedded views.
    pub share: ShareLabels,
}

impl Labels {
    /// How many texts the postcard bytes hold.
    const COUNT: usize = 2
        + PageLabels::COUNT
        + InterfaceLabels::COUNT
        + ThemeLabels::COUNT
        + FigureLabels::COUNT
        + DerivedLabels::COUNT
        + ChartLabels::COUNT
        + ExportLabels::COUNT
        + CiteLabels::COUNT
        + DeckLabels::COUNT
        + ShareLabels::COUNT;

    /// The labels from their `COUNT` texts, in field order.
    fn from_texts(texts: Vec<String>) -> Self {
        let texts = &mut texts.into_iter();
        Labels {
            contents: next(texts),
            references: next(texts),
            page: PageLabels::from_texts(texts),
            interface: InterfaceLabels::from_texts(texts),
            theme: ThemeLabels::from_texts(texts),
            figures: FigureLabels::from_texts(texts),
            derived: DerivedLabels::from_texts(texts),
            chart: ChartLabels::from_texts(texts),
            export: ExportLabels::from_texts(texts),
            cite: CiteLabels::from_texts(texts),
            deck: DeckLabels::from_texts(texts),
            share: ShareLabels::from_texts(texts),
        }
    }
}

impl Serialize for Labels {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            return Labels::serialize(self, serializer);
        }
        let mut texts = vec![&self.contents, &self.references];
        self.page.push_texts(&mut texts);
        self.interface.push_texts(&mut texts);
        self.theme.push_texts(&mut texts);
        self.figures.push_texts(&mut texts);
        self.derived.push_texts(&mut texts);
        self.chart.push_texts(&mut texts);
        self.export.push_texts(&mut texts);
        self.cite.push_texts(&mut texts);
        self.deck.push_texts(&mut texts);
        self.share.push_texts(&mut texts);
        serializer.collect_seq(texts)
    }
}

impl<'de> Deserialize<'de> for Labels {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            return Labels::deserialize(deserializer);
        }
        let texts = Vec::<String>::deserialize(deserializer)?;
        if texts.len() != Labels::COUNT {
            return Err(D::Error::invalid_length(texts.len(), &"one text per label"));
        }
        Ok(Labels::from_texts(texts))
    }
}

/// The next label's text; the count was checked, so none is missing. Not inlined: each label
/// then costs the wasm one call that writes its text in place.
#[inline(never)]
fn next(texts: &mut std::vec::IntoIter<String>) -> String {
    texts.next().unwrap_or_default()
}

/// Declares a group of labels: a struct of `String` fields, each with the slots its template
/// takes (`[]` for a plain label; the validator rejects any other, see `validate`), so each
/// field's doc and its slots must agree.
macro_rules! labels {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident: [$($slot:literal),*], )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: String, )*
        }

        impl $name {
            /// How many labels the group holds.
            const COUNT: usize = [$(stringify!($field)),*].len();

            /// Each label's name and text, and the slots its template may use, in field order.
            pub fn texts(&self) -> Vec<(&'static str, &str, &'static [&'static str])> {
                vec![$((stringify!($field), self.$field.as_str(), &[$($slot),*])),*]
            }

            /// Appends the group's texts in field order, as the postcard bytes hold them.
            fn push_texts<'a>(&'a self, texts: &mut Vec<&'a String>) {
                texts.extend([$(&self.$field),*]);
            }

            /// The group from the next `COUNT` texts, in field order.
            fn from_texts(texts: &mut std::vec::IntoIter<String>) -> Self {
                Self { $($field: next(texts)),* }
            }
        }
    };
}

labels! {
    /// What a browser tab, a search result or a link preview shows of the page.
    pub struct PageLabels {
        /// The `<title>`: `{title}` is the article's title.
        title: ["title"],
        /// The meta description.
        description: [],
        /// The link preview's text, one for each source, said first so that a preview that cuts
        /// the text short keeps it: `{source}` is where the article states the figures that
        /// follow, and `{figures}` is those headline figures, each as `figure`.
        summary: ["source", "figures"],
        /// One headline figure in the summary: `{label}`, `{amount}` and `{period}`.
        figure: ["label", "amount", "period"],
        /// The preview image's text alternative.
        image_alt: [],
    }
}

labels! {
    /// The page's controls and its closing note.
    pub struct InterfaceLabels {
        /// The link that skips to the cards.
        skip: [],
        /// The button that starts present mode.
        present: [],
        open_all: [],
        close_all: [],
        /// The notice shown when the interactive features cannot start (no script, or no wasm):
        /// `{key}` is the key that starts present mode.
        no_app: ["key"],
        /// The notice shown while the wasm is still on its way, `SLOW_START_MS` after it was asked
        /// for (a slow or stalled download): what was clicked meanwhile answers once it is in.
        slow_app: [],
        /// The headline tiles' heading, for screen readers.
        key_figures: [],
        /// The theme switch's legend.
        theme: [],
        /// The footer's switch for the page's one-key shortcut: `{key}` is the key.
        shortcut: ["key"],
        /// The footer's note: `{references}` is the whole reference list, as a link.
        footer: ["references"],
    }
}

labels! {
    /// The colour themes' names, on the page's switch and the deck's theme button.
    pub struct ThemeLabels {
        auto: [],
        light: [],
        dark: [],
        projector: [],
    }
}

labels! {
    /// The words a figure is written with.
    pub struct FigureLabels {
        /// The qualifier before a lower bound ("over 2,600").
        over: [],
        /// The same where a figure starts a sentence ("Over 2,600 …"): the data writes the
        /// capital, so the app carries no case tables.
        over_capitalised: [],
        /// The scale word after the digits of a value of a million or more ("1.4 million").
        million: [],
        /// Pounds, in short (tiles, charts, derived values).
        lb: [],
        /// Pounds, in full (article text, exact values).
        pounds: [],
        /// Where the article states a figure: `{section}` is the section's title,
        /// `{references}` the references it lists.
        stated_in: ["section", "references"],
        /// The same on a slide that shows the section's own text, whose title names it.
        stated_here: ["references"],
        /// A figure's source line: `{source}` is `stated_in`.
        source: ["source"],
        /// The key figures slide's source line when most of its figures share a source and a
        /// few have their own, which their tiles then carry: `{source}` as above.
        source_unless_noted: ["source"],
        /// A span of years in labels, titles and tiles: `{from}` and `{to}`, with an en dash
        /// ("2005–2018"). The article's own sentences keep the hyphen it writes.
        span: ["from", "to"],
        /// The kind of a value the article states.
        stated: [],
        /// The kind of a value computed from a stated one.
        derived: [],
    }
}

labels! {
    /// Values computed from a figure. `{amount}` is always the figure's value, with its
    /// qualifier and unit.
    pub struct DerivedLabels {
        /// The daily average's name: `{period}` is the year.
        daily: ["period"],
        /// The yearly average's name: `{period}` is the span of years.
        yearly: ["period"],
        /// A daily average: `{amount}`.
        per_day: ["amount"],
        /// A yearly average: `{amount}`.
        per_year: ["amount"],
        /// The daily average's formula: `{amount}` and `{days}`, the days in the year.
        daily_formula: ["amount", "days"],
        /// The yearly average's formula: `{amount}` and `{years}`, the years in the span.
        yearly_formula: ["amount", "years"],
        /// The metric tons' name.
        tons: [],
        /// The unit of a value in metric tons.
        metric_tons: [],
        /// The metric tons' formula: `{amount}`, `{kg_per_lb}` and `{kg_per_t}`.
        tons_formula: ["amount", "kg_per_lb", "kg_per_t"],
    }
}

labels! {
    /// A figure's chart, its data table and its downloads.
    pub struct ChartLabels {
        /// The value in full under the chart (every digit of what the article states, with its
        /// qualifier: "over" stays a lower bound): `{amount}`, and `{period}` after a comma
        /// (", 2021"), or nothing where the figure has no period.
        exact: ["amount", "period"],
        show_table: [],
        show_chart: [],
        /// Their names, which begin with their texts: `{name}` as for the downloads.
        show_table_name: ["name"],
        show_chart_name: ["name"],
        /// The download buttons' texts.
        svg: [],
        png: [],
        csv: [],
        /// The download buttons' names: `{name}` is the figure's label in lower case.
        download_svg: ["name"],
        download_png: ["name"],
        download_csv: ["name"],
        /// The data table's caption: `{label}`.
        caption: ["label"],
        /// The data table's column headings.
        measure_column: [],
        value_column: [],
        kind_column: [],
        source_column: [],
        /// A unit chart's key, drawn beside its marks: `{icon}` is the figure's icon, `{quantity}`
        /// what one icon stands for ("Each [icon] = 20,000 lb").
        key: ["icon", "quantity"],
        /// A unit chart's description: `{quantity}` for one icon, `{count}` icons in all.
        units: ["quantity", "count"],
        /// A unit chart's description when it has exactly one icon: `{quantity}` and `{count}`.
        units_one: ["quantity", "count"],
        /// A bar chart's description: `{count}` periods, from `{first}` to `{last}`, on an axis
        /// from `{bottom}` (zero) to `{top}`.
        bars: ["count", "first", "last", "bottom", "top"],
    }
}

labels! {
    /// The downloads: the CSV's header and the words in its rows, and what an exported image
    /// says above and below its chart.
    pub struct ExportLabels {
        /// The name of every file downloaded for a figure, before its extension: `{figure}` is
        /// the figure's label and period as a slug.
        file: ["figure"],
        /// The CSV's header row: its column names, comma-separated, in the order the rows fill.
        header: [],
        /// The qualifiers, as the CSV names them.
        exact: [],
        over: [],
        plus: [],
        /// The unit of a value in US dollars (the unit in pounds is `figures.pounds`).
        us_dollars: [],
        /// An exported image's figure line, under its title: `{amount}` as the article states
        /// it, and `{period}` after a comma (", 2021"), or nothing without a period.
        figure: ["amount", "period"],
        /// Where a figure comes from, in an exported image and a CSV: the `{article}`'s title,
        /// the `{section}` that states the figure, and the `{references}` it lists, numbered.
        source: ["article", "section", "references"],
    }
}

labels! {
    /// The citation a reader copies: the article, its references, and this infographic.
    pub struct CiteLabels {
        /// The article: `{title}`. Only what the article states: it names no author,
        /// publisher or date, so none is given.
        article: ["title"],
        /// The line before the article's numbered references.
        references: [],
        /// This infographic: the `{part}` cited (a card's title, a chart's label and period),
        /// the article's `{title}`, the part's `{address}`, and the `{date}` of access
        /// (ISO 8601), filled in when the citation is copied.
        infographic: ["part", "title", "address", "date"],
    }
}

labels! {
    /// The share controls of cards, charts and the headline figures, and the embedded views.
    pub struct ShareLabels {
        /// The share button's text.
        share: [],
        /// The share buttons' names: `{title}` is the card's title, `{name}` the figure's label
        /// in lower case.
        share_card: ["title"],
        share_chart: ["name"],
        /// A chart's button while the chart is shown as its table: `{name}` as above.
        share_table: ["name"],
        share_key_figures: [],
        /// The share panel's heading: `{title}` is what it shares.
        heading: ["title"],
        copy_link: [],
        /// The button that opens the system's share sheet, where the browser has one.
        system: [],
        /// The title the share sheet passes on: what is shared, `{title}`, and the article's,
        /// `{article}` (a card's title alone, "MS-13", says little in a message).
        system_title: ["title", "article"],
        copy_embed: [],
        copy_citation: [],
        close: [],
        /// The confirmations, announced to screen readers.
        copied_link: [],
        /// Copy link's confirmation in a page opened from a file, whose link is the file's name
        /// with the place in it: `{link}`, what was copied.
        copied_file_link: ["link"],
        copied_embed: [],
        copied_citation: [],
        /// Copy citation's confirmation in a page opened from a file, whose citation gives the
        /// file's name for the infographic's address.
        copied_file_citation: [],
        /// When the browser refuses to copy: the text is shown, selected, to copy by hand.
        manual: [],
        /// The same, in a page opened from a file, whose text to copy gives the file's name for
        /// an address.
        manual_file: [],
        /// The embed code's iframe title: `{label}` is what it shows, `{title}` the article's.
        embed_title: ["label", "title"],
        /// An embedded view's credit: `{title}` is the article's title.
        credit: ["title"],
        /// An embedded view's link to the full infographic.
        back: [],
    }
}

labels! {
    /// Present mode.
    pub struct DeckLabels {
        /// What the deck is, for screen readers (`aria-roledescription`).
        deck_role: [],
        /// The deck's name: `{title}` is the article's title.
        deck: ["title"],
        /// What a slide is, for screen readers (`aria-roledescription`).
        slide_role: [],
        /// A slide's name: `{number}` of `{count}`, and its `{title}`.
        slide: ["number", "count", "title"],
        /// The progress bar's name.
        progress: [],
        /// The control bar's name.
        controls: [],
        /// The overview's line that lists the deck's keys on a slide.
        keys: [],
        /// The overview's line that lists its own keys.
        overview_keys: [],
        /// The names (and tooltips) of the deck bar's icon buttons, each with its key; the theme
        /// button's says the `{theme}` the deck wears.
        bar_previous: [],
        bar_next: [],
        bar_console: [],
        bar_overview: [],
        bar_theme: ["theme"],
        bar_full_screen: [],
        bar_exit: [],
        /// What a screen reader hears once T has chosen the deck's `{theme}`.
        theme_said: ["theme"],
        /// The console's button that blanks the room's screen, and brings it back (pressed).
        bar_blank: [],
        /// The speaker notes' heading.
        notes: [],
        /// A text slide's section: `{section}` is its title.
        notes_section: ["section"],
        /// A figure exactly as stated: `{amount}` with every digit, and its `{period}`.
        notes_figure: ["amount", "period"],
        /// How to read a unit chart's key: each icon stands for `{quantity}`, and its `{count}`
        /// icons for the `{total}` the chart draws; `notes_units_part` where the last icon is
        /// drawn in part.
        notes_units: ["quantity", "count", "total"],
        notes_units_part: ["quantity", "count", "total"],
        /// The caveat on a value stated with "over" or "+".
        notes_lower_bound: [],
        /// The caveat on a figure for another `{period}` than the others' (`{usual}`).
        notes_other_period: ["figure", "period", "usual"],
        /// The caveat on comparing charts.
        notes_own_scale: [],
        /// What the next slide is: `{title}`.
        notes_next: ["title"],
        /// What the next slide is when it goes on under this one's `{title}`: its `{opening}`
        /// words.
        notes_next_more: ["title", "opening"],
        /// The last slide's note.
        notes_last: [],
        /// The button that opens the presenter console.
        console: [],
        /// The console's name: `{title}` is the article's title.
        console_name: ["title"],
        /// The button that goes back from the console shown in the deck's own window.
        audience: [],
        /// The console's headings over the current slide and the next.
        now: [],
        next_slide: [],
        /// The same heading as a screen reader hears it: the next `{slide}` by its name.
        next_named: ["slide"],
        /// Where the next slide would be, on the last one.
        end: [],
        /// The console's clocks: time since it opened, and the time of day.
        elapsed: [],
        /// What the elapsed time, a button, does.
        restart_timer: [],
        clock: [],
        /// The target duration's field, and how the talk keeps to it.
        target: [],
        pace_on: [],
        /// Ahead of pace by `{count}` slides, and by one.
        pace_ahead: ["count"],
        pace_ahead_one: [],
        /// Behind pace by `{count}` slides, and by one.
        pace_behind: ["count"],
        pace_behind_one: [],
        /// Past the target by `{minutes}` minutes, begun.
        pace_over: ["minutes"],
        /// What a screen reader hears as the pace changes in kind: the words without the
        /// number, which changes too often to be read out each time.
        pace_ahead_said: [],
        pace_behind_said: [],
        pace_over_said: [],
        /// In place of the pace, while the field holds no target it can keep: `{max}` minutes at
        /// most.
        target_invalid: ["max"],
        /// What the console says when the room does not see the slide: its screen is blanked,
        /// or its window has left present mode.
        room_blank: [],
        room_left: [],
        /// The same, once the room's window is closed.
        room_closed: [],
        /// A console opened at its address (a bookmark, a tab restored), which no room's window
        /// opened: its keys move only its own view.
        room_none: [],
        /// What a screen reader hears in the deck when its screen is blanked.
        blank: [],
        /// The overview's name, and its button.
        overview: [],
        overview_button: [],
        /// The number typed so far to go to a slide: `{number}`.
        jump: ["number"],
        /// The same prompt when the number typed names no slide: `{count}` is the deck's slides.
        jump_none: ["number", "count"],
    }
}

/// One quantity stated by the article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub label: String,
    pub category: Category,
    pub qualifier: Qualifier,
    pub unit: Unit,
    /// One value per period, oldest first. The article gives one; more make a series.
    pub observations: Vec<Observation>,
    pub source: Source,
    /// Authored speaker notes for the figure's chart slide, after the planned ones (optional):
    /// guidance on reading this product's chart of it, never a fact the article does not state.
    /// Every number is a placeholder (`{narcotics}`); `validate` rejects digits.
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Narcotics,
    Arrests,
    Currency,
    Firearms,
    Presence,
}

/// How exact the stated value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The value as stated.
    Exact,
    /// "over 2,600": more than the value.
    Over,
    /// "66,000+": the value or more.
    Plus,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Unit {
    Pounds,
    UsDollars,
    /// A count of things, named in full ("drug smuggling arrests") and in short ("arrests").
    Count {
        noun: String,
        short: String,
    },
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// The years the value covers; `None` where the article states no period.
    #[serde(default)]
    pub period: Option<Period>,
    pub value: Quantity,
}

/// Calendar years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: u16,
    pub to: u16,
}

/// A finite, non-negative number. Rejected while parsing, so the error carries its line.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(try_from = "f64")]
pub struct Quantity(f64);

impl Quantity {
    /// Figures stay below a quadrillion: the app writes every one exactly (`decimal::fixed`), and
    /// the article's largest is $522 million.
    pub const LIMIT: f64 = 1e15;

    pub fn get(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Quantity {
    type Error = String;
    fn try_from(value: f64) -> Result<Self, String> {
        if value.is_finite() && (0.0..Self::LIMIT).contains(&value) {
            Ok(Self(value))
        } else {
            // Written by `decimal` (no float formatting in the wasm, which decodes this type too).
            let written = crate::decimal::trimmed(value, 9);
            let written = if written == "-0" {
                "a negative number"
            } else {
                &written
            };
            Err(format!(
                "a figure must be a finite number ≥ 0 and below 10¹⁵, not {written}"
            ))
        }
    }
}

/// Where in the article a figure is stated, and the references the article lists for it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub section: String,
    pub references: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Used in URLs (`#strategies`) and element ids: lowercase letters, digits and `-`, and none
    /// of the ids the app reserves for itself (`reserved`).
    pub id: String,
    pub title: String,
    pub icon: Icon,
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub subsections: Vec<Section>,
    /// Authored speaker notes for the section's first slide (its first text slide), after the
    /// planned ones (optional): its place in the talk, or how to read it, never a fact the
    /// article does not state. A subsection's slides have its own notes, not its section's. Every number is a placeholder; `validate` rejects digits.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// The line icon drawn beside a section title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Icon {
    Shield,
    Route,
    Target,
    Handshake,
    Ship,
    Banknote,
    Chart,
    Network,
    Compass,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Paragraph(String),
    List(Vec<String>),
    /// Charts of these figures, as a grid of small multiples.
    Charts(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub number: u32,
    pub title: String,
}
