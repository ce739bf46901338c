//! Present mode's keys: what each key does on the deck. Keys with Ctrl, Alt or Meta never get
//! here (`browser::on_key_down` leaves them to the browser and the system).

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
        "Escape" => Command::Exit,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
