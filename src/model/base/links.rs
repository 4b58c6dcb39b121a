//! Which typed text may become a link. A source of an option, a contact's profile, email address or
//! phone number is text the person typed or a file brought in; only `http:`, `https:`, `mailto:`
//! and `tel:` targets are ever handed to an `href`, so `javascript:` and its kin stay plain text
//! wherever they come from.

/// The text of a line when it is a web address safe to show as a link: http or https only, a host
/// after `://`, no spaces, nothing that could run script.
pub fn web_link(line: &str) -> Option<&str> {
    let line = line.trim();
    let (scheme, rest) = line.split_once("://")?;
    let scheme_ok = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let host_present = !rest.is_empty() && !rest.starts_with('/');
    let clean = !line
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '`'));
    (scheme_ok && host_present && clean).then_some(line)
}

/// The link target for a profile address, or `None` when it must be shown as text: a web address
/// ([`web_link`]), or a `mailto:` or `tel:` address whose rest is an email address or a phone number.
pub fn profile_link(text: &str) -> Option<String> {
    let text = text.trim();
    let (scheme, rest) = text.split_once(':')?;
    if scheme.eq_ignore_ascii_case("mailto") {
        email_link(rest)
    } else if scheme.eq_ignore_ascii_case("tel") {
        phone_link(rest)
    } else {
        web_link(text).map(str::to_string)
    }
}

/// `mailto:` for an email address that looks like one (something, `@`, something with a dot, no
/// spaces or characters that would start another part of a URL), else `None`.
pub fn email_link(text: &str) -> Option<String> {
    let text = text.trim();
    let (user, host) = text.split_once('@')?;
    let plain = |part: &str| {
        !part.is_empty()
            && !part
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>\"'?#&:/\\@".contains(c))
    };
    (plain(user)
        && plain(host)
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.'))
    .then(|| format!("mailto:{text}"))
}

/// `tel:` for a phone number written with digits (at least three) and the usual separators (a leading
/// `+`, spaces, dots, dashes, brackets), else `None`. The link keeps only the `+` and the digits.
pub fn phone_link(text: &str) -> Option<String> {
    let text = text.trim();
    let allowed = text
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " .-()".contains(c) || (c == '+' && i == 0));
    let digits: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    (allowed && digits.chars().filter(char::is_ascii_digit).count() >= 3)
        .then(|| format!("tel:{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_mail_and_phone_schemes_become_links() {
        assert_eq!(
            profile_link(" https://example.org/in/sam "),
            Some("https://example.org/in/sam".into())
        );
        assert_eq!(
            profile_link("HTTP://example.org"),
            Some("HTTP://example.org".into())
        );
        assert_eq!(
            profile_link("mailto:sam@example.org"),
            Some("mailto:sam@example.org".into())
        );
        assert_eq!(profile_link("tel:+441234"), Some("tel:+441234".into()));
        assert_eq!(profile_link("mailto:javascript:alert(1)"), None);
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "https://exa mple.org",
            "https:\nalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "example.org/in/sam",
            "https://",
            "https:",
            "",
        ] {
            assert_eq!(profile_link(bad), None, "{bad:?} must stay text");
        }
    }

    #[test]
    fn an_email_address_links_only_when_it_is_one() {
        assert_eq!(
            email_link(" sam@example.org "),
            Some("mailto:sam@example.org".into())
        );
        for bad in [
            "sam",
            "sam@",
            "@example.org",
            "sam@example",
            "sam@.org",
            "sam@example.org?cc=x",
            "s m@example.org",
            "javascript:x@y.z",
        ] {
            assert_eq!(email_link(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_phone_number_links_with_its_digits_only() {
        assert_eq!(
            phone_link("+44 (0)20 7946-0958"),
            Some("tel:+4402079460958".into())
        );
        assert_eq!(phone_link("555.0100"), Some("tel:5550100".into()));
        for bad in ["12", "call me", "1+2345", "javascript:1234", "+44 20 ext 5"] {
            assert_eq!(phone_link(bad), None, "{bad:?}");
        }
    }
}
