//! Present mode's keys: the key that starts presenting, what each key does on the deck, and the
//! keys each of the deck's buttons announces. Keys with Ctrl, Alt or Meta never get here
//! (`browser::on_key_down` leaves them to the browser and the system).

/// The key that starts presenting from the page, as its button shows and announces it.
pub const PRESENT: &str = "P";

/// Whether `key` (as `KeyboardEvent.key` names it) starts presenting from the page.
pub fn starts_presenting(key: &str) -> bool {
    key.eq_ignore_ascii_case(PRESENT)
}

/// What a key does in present mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    FullScreen,
    Blank,
    Theme,
    /// Opens the presenter console (or, where it shows in this window, goes back to the slide).
    Console,
    /// Shows every slide as a grid of thumbnails.
    Overview,
    /// Starts typing the number of a slide to go to (digits alone do too).
    Jump,
    Exit,
}

/// The overview's grid has this many columns: Up and Down move by a row.
pub const COLUMNS: usize = 5;

/// What a key does in the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Left,
    Right,
    Up,
    Down,
    /// The first slide, or the last.
    First,
    Last,
    /// Shows the chosen slide.
    Open,
    /// Back to the slide shown before.
    Close,
}

/// The overview's command for a key.
pub fn pick(key: &str) -> Option<Pick> {
    Some(match key {
        "ArrowLeft" => Pick::Left,
        "ArrowRight" => Pick::Right,
        "ArrowUp" => Pick::Up,
        "ArrowDown" => Pick::Down,
        "Home" => Pick::First,
        "End" => Pick::Last,
        "Enter" | " " => Pick::Open,
        "Escape" | "o" | "O" => Pick::Close,
        _ => return None,
    })
}

/// The index of the slide a move in the overview lands on, from `selected` in `count` slides.
pub fn moved(pick: Pick, selected: usize, count: usize) -> usize {
    let last = count.saturating_sub(1);
    match pick {
        Pick::Left => selected.saturating_sub(1),
        Pick::Right => (selected + 1).min(last),
        Pick::Up => selected.checked_sub(COLUMNS).unwrap_or(selected),
        Pick::Down => Some(selected + COLUMNS)
            .filter(|n| *n <= last)
            .unwrap_or(selected),
        Pick::First => 0,
        Pick::Last => last,
        Pick::Open | Pick::Close => selected,
    }
}

/// The digit a key types, towards the number of a slide to go to.
pub fn digit(key: &str) -> Option<char> {
    let mut chars = key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_digit() => Some(c),
        _ => None,
    }
}

/// The slide number being typed (`typed`, `None` before the first digit) once `key` is pressed, if
/// the key edits it: a digit adds to it, Backspace while typing takes the last one off. A slide
/// number has a few digits: a fifth is a slip of the finger, and is left out (the prompt says
/// when the number names no slide).
pub fn edit_typed(typed: Option<&str>, key: &str) -> Option<String> {
    match (digit(key), typed) {
        (Some(digit), _) => {
            let mut number = typed.unwrap_or_default().to_owned();
            if number.len() < 4 {
                number.push(digit);
            }
            Some(number)
        }
        (None, Some(number)) if key == "Backspace" => {
            Some(number[..number.len().saturating_sub(1)].to_owned())
        }
        _ => None,
    }
}

/// The slide (0-based) a typed number names in a deck of `count`, if it names one.
pub fn typed_slide(typed: &str, count: usize) -> Option<usize> {
    typed
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=count).contains(n))
        .map(|n| n - 1)
}

/// Whether `key`, pressed on a focused button, link or summary, is the control's own (it presses
/// it) rather than the deck's: Space always, so keyboard users can work the bar's buttons; Enter
/// too, unless a slide number is being typed, which Enter goes to.
pub fn pressed_on_control(key: &str, typing_number: bool) -> bool {
    key == " " || (key == "Enter" && !typing_number)
}

/// The command for a key, as `KeyboardEvent.key` names it. Clickers send Page Up and Page Down.
pub fn command(key: &str, shift: bool) -> Option<Command> {
    Some(match key {
        " " if shift => Command::Previous,
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "n" | "N" => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" | "p" | "P" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        "f" | "F" => Command::FullScreen,
        "b" | "B" | "." => Command::Blank,
        "t" | "T" => Command::Theme,
        "s" | "S" => Command::Console,
        "o" | "O" => Command::Overview,
        "g" | "G" => Command::Jump,
        "Escape" => Command::Exit,
        _ => return None,
    })
}

/// Whether `command` acts while the room's screen is blank: B and `.` (which bring the slide
/// back), full screen, the console and leaving; any other only brings the slide back first.
pub fn keeps_blank(command: Command) -> bool {
    matches!(
        command,
        Command::Blank | Command::FullScreen | Command::Console | Command::Exit
    )
}

/// The keys a deck button for `command` announces (`aria-keyshortcuts`): each one does what the
/// button does.
pub fn shortcuts(command: Command) -> &'static str {
    match command {
        Command::Next => "ArrowRight PageDown N",
        Command::Previous => "ArrowLeft PageUp P",
        Command::First => "Home",
        Command::Last => "End",
        Command::FullScreen => "F",
        Command::Blank => "B",
        Command::Theme => "T",
        Command::Console => "S",
        Command::Overview => "O",
        Command::Jump => "G",
        Command::Exit => "Escape",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_slide_number_takes_digits_up_to_four_and_backspace() {
        assert_eq!(edit_typed(None, "1"), Some("1".into()));
        assert_eq!(edit_typed(Some(""), "7"), Some("7".into()));
        assert_eq!(edit_typed(Some("12"), "9"), Some("129".into()));
        assert_eq!(edit_typed(Some("1234"), "5"), Some("1234".into()));
        assert_eq!(edit_typed(Some("12"), "Backspace"), Some("1".into()));
        assert_eq!(edit_typed(Some(""), "Backspace"), Some(String::new()));
        assert_eq!(edit_typed(None, "Backspace"), None);
        assert_eq!(edit_typed(Some("12"), "a"), None);
        assert_eq!(edit_typed(None, "Enter"), None);
    }

    const ALL: [Command; 11] = [
        Command::Next,
        Command::Previous,
        Command::First,
        Command::Last,
        Command::FullScreen,
        Command::Blank,
        Command::Theme,
        Command::Console,
        Command::Overview,
        Command::Jump,
        Command::Exit,
    ];

    #[test]
    fn every_announced_shortcut_does_what_its_button_does() {
        for expected in ALL {
            for key in shortcuts(expected).split(' ') {
                assert_eq!(command(key, false), Some(expected), "{key} on {expected:?}");
            }
        }
    }

    #[test]
    fn p_starts_presenting_in_either_case() {
        assert!(starts_presenting("p") && starts_presenting("P"));
        assert!(!starts_presenting("o") && !starts_presenting("Escape"));
    }

    #[test]
    fn every_key_does_what_the_readme_says() {
        let table = [
            ("ArrowRight", Command::Next),
            ("ArrowDown", Command::Next),
            ("PageDown", Command::Next),
            (" ", Command::Next),
            ("n", Command::Next),
            ("N", Command::Next),
            ("ArrowLeft", Command::Previous),
            ("ArrowUp", Command::Previous),
            ("PageUp", Command::Previous),
            ("p", Command::Previous),
            ("P", Command::Previous),
            ("Home", Command::First),
            ("End", Command::Last),
            ("f", Command::FullScreen),
            ("F", Command::FullScreen),
            ("b", Command::Blank),
            ("B", Command::Blank),
            (".", Command::Blank),
            ("t", Command::Theme),
            ("T", Command::Theme),
            ("s", Command::Console),
            ("S", Command::Console),
            ("o", Command::Overview),
            ("G", Command::Jump),
            ("Escape", Command::Exit),
        ];
        for (key, expected) in table {
            assert_eq!(command(key, false), Some(expected), "{key:?}");
        }
        assert_eq!(
            command(" ", true),
            Some(Command::Previous),
            "Shift+Space goes back"
        );
        assert_eq!(
            command("ArrowRight", true),
            Some(Command::Next),
            "Shift changes only Space"
        );
    }

    #[test]
    fn other_keys_do_nothing() {
        for key in [
            "",
            "a",
            "Enter",
            "Tab",
            "Backspace",
            "F5",
            "Escape ",
            "Shift",
            "x",
        ] {
            assert_eq!(command(key, false), None, "{key:?}");
        }
    }

    #[test]
    fn the_overview_moves_within_the_grid() {
        assert_eq!(moved(Pick::Right, 3, 27), 4);
        assert_eq!(moved(Pick::Right, 26, 27), 26);
        assert_eq!(moved(Pick::Left, 0, 27), 0);
        assert_eq!(moved(Pick::Down, 3, 27), 3 + COLUMNS);
        assert_eq!(moved(Pick::Down, 24, 27), 24, "no row below");
        assert_eq!(moved(Pick::Up, 2, 27), 2, "no row above");
        assert_eq!(moved(Pick::Up, 12, 27), 12 - COLUMNS);
        assert_eq!(moved(Pick::First, 12, 27), 0);
        assert_eq!(moved(Pick::Last, 12, 27), 26);
        assert_eq!(pick("Home"), Some(Pick::First));
        assert_eq!(pick("End"), Some(Pick::Last));
        assert_eq!(
            (pick("Enter"), pick("Escape"), pick("o"), pick("x")),
            (Some(Pick::Open), Some(Pick::Close), Some(Pick::Close), None)
        );
    }

    #[test]
    fn space_and_enter_press_a_focused_control_unless_a_number_is_being_typed() {
        assert!(pressed_on_control(" ", false) && pressed_on_control(" ", true));
        assert!(pressed_on_control("Enter", false));
        assert!(
            !pressed_on_control("Enter", true),
            "Enter goes to the typed slide"
        );
        for key in ["ArrowRight", "PageDown", "n", "Escape", "t"] {
            assert!(!pressed_on_control(key, false), "{key}");
        }
    }

    #[test]
    fn on_a_blank_screen_only_blanking_full_screen_the_console_and_leaving_act() {
        for key in ["b", ".", "f", "s", "Escape"] {
            assert!(keeps_blank(command(key, false).unwrap()), "{key}");
        }
        for key in ["ArrowRight", " ", "PageUp", "Home", "End", "t", "o", "g"] {
            assert!(!keeps_blank(command(key, false).unwrap()), "{key}");
        }
    }

    #[test]
    fn digits_name_a_slide() {
        assert_eq!(
            (digit("7"), digit("x"), digit("12"), digit("")),
            (Some('7'), None, None, None)
        );
        assert_eq!(typed_slide("12", 27), Some(11));
        for bad in ["", "0", "28", "99999999999999999999999"] {
            assert_eq!(typed_slide(bad, 27), None, "{bad}");
        }
    }
}
