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
    Exit,
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
        "Escape" => Command::Exit,
        _ => return None,
    })
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
        Command::Exit => "Escape",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Command; 9] = [
        Command::Next,
        Command::Previous,
        Command::First,
        Command::Last,
        Command::FullScreen,
        Command::Blank,
        Command::Theme,
        Command::Console,
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
}
