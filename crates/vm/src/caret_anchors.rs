//! Where CPython 3.11 puts `~~~^^^~~~` under a binary operation or subscript in a traceback
//! line: the operator (or the bracketed index) gets `^`, the operands `~`.
//!
//! CPython parses the code segment to find the outermost binary operator or subscript. This
//! scanner finds the same split for the expressions tracebacks show: it walks the segment at
//! bracket depth zero, skipping strings, and picks the last binary operator (lowest precedence
//! first), or the last top-level `[` for a subscript.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchors {
    /// Characters of the segment before the `^` run.
    pub left_end: usize,
    /// Characters before the trailing `~` run.
    pub right_start: usize,
}

pub fn anchors(segment: &str) -> Option<Anchors> {
    let chars: Vec<char> = segment.chars().collect();
    // Top-level tokens: (start, end, text) of operators, and the last top-level '['.
    let mut depth = 0i32;
    let mut i = 0;
    let mut ops: Vec<(usize, usize, String)> = Vec::new();
    let mut last_bracket: Option<(usize, usize)> = None;
    let mut prev_significant: Option<char> = None;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\'' | '"' => {
                let q = c;
                let triple = i + 2 < chars.len() && chars[i + 1] == q && chars[i + 2] == q;
                i += if triple { 3 } else { 1 };
                while i < chars.len() {
                    if chars[i] == '\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if i + 2 < chars.len()
                            && chars[i] == q
                            && chars[i + 1] == q
                            && chars[i + 2] == q
                        {
                            i += 3;
                            break;
                        }
                    } else if chars[i] == q {
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                prev_significant = Some('a');
                continue;
            }
            '(' | '{' => depth += 1,
            '[' => {
                if depth == 0 {
                    // Find the matching bracket.
                    let mut d = 0;
                    let mut j = i;
                    while j < chars.len() {
                        match chars[j] {
                            '[' | '(' | '{' => d += 1,
                            ']' | ')' | '}' => {
                                d -= 1;
                                if d == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        j += 1;
                    }
                    if prev_significant.is_some() {
                        last_bracket = Some((i, j));
                    }
                }
                depth += 1;
            }
            ')' | '}' | ']' => depth -= 1,
            '#' => break,
            // A top-level comparison (or boolean/conditional expression) is the outermost
            // node: CPython draws no anchors for it.
            '=' | '!' if depth == 0 && chars.get(i + 1) == Some(&'=') => return None,
            _ if depth == 0 && (c.is_alphabetic() || c == '_') => {
                let mut j = i;
                while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                let word: String = chars[i..j].iter().collect();
                let after_value = prev_significant.is_some_and(|p| !"([{,:".contains(p));
                if matches!(word.as_str(), "in" | "is" | "and" | "or" | "if")
                    || (word == "not" && after_value)
                {
                    return None;
                }
                prev_significant = Some(chars[j - 1]);
                i = j;
                continue;
            }
            _ if depth == 0 && "+-*/%@&|^<>".contains(c) => {
                let mut j = i + 1;
                while j < chars.len() && "*/<>=".contains(chars[j]) && j - i < 2 {
                    j += 1;
                }
                let text: String = chars[i..j].iter().collect();
                let binary =
                    matches!(prev_significant, Some(p) if !"+-*/%@&|^<>=(,[{~:".contains(p));
                if binary && matches!(text.as_str(), "<" | ">" | "<=" | ">=") {
                    return None;
                }
                if binary && !text.ends_with('=') {
                    ops.push((i, j, text));
                }
                prev_significant = Some(chars[j - 1]);
                i = j;
                continue;
            }
            _ => {}
        }
        if !c.is_whitespace() {
            prev_significant = Some(c);
        }
        i += 1;
    }
    if depth != 0 {
        return None;
    }
    let prec = |t: &str| match t {
        "|" => 1,
        "^" => 2,
        "&" => 3,
        "<<" | ">>" => 4,
        "+" | "-" => 5,
        "*" | "/" | "//" | "%" | "@" => 6,
        "**" => 7,
        _ => 0,
    };
    if !ops.is_empty() {
        let min = ops.iter().map(|o| prec(&o.2)).min().unwrap_or(0);
        // `**` is right-associative: the first one splits; others: the last.
        let op = if min == 7 {
            ops.iter().find(|o| prec(&o.2) == min)
        } else {
            ops.iter().rev().find(|o| prec(&o.2) == min)
        }?;
        return Some(Anchors {
            left_end: op.0,
            right_start: op.1,
        });
    }
    if let Some((open, close)) = last_bracket {
        if close + 1 == chars.len() {
            return Some(Anchors {
                left_end: open,
                right_start: close + 1,
            });
        }
    }
    None
}
