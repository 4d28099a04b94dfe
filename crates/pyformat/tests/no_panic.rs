//! Arbitrary specs, formats and texts give a result or a Python error, never a panic.

use dashu_int::IBig;
use pyformat::{
    float_fromhex, format_complex, format_float, format_int, format_str, parse_float,
    parse_format_spec, parse_int, percent_format, FormatError, PercentArgs, PercentHost,
    PercentValue,
};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A short text over characters that mean something to one of the parsers.
    fn text(&mut self) -> String {
        const ALPHABET: &[char] = &[
            '0', '1', '5', '9', '.', ',', '_', '<', '>', '^', '=', '+', '-', ' ', '#', 'z', '%',
            '(', ')', '*', 'x', 'X', 'b', 'o', 'd', 'e', 'E', 'f', 'g', 'n', 'c', 's', 'r', 'a',
            'l', 'p', 'i', 'j', '٣', '中', '\t', '\u{3000}',
        ];
        let len = self.below(9);
        (0..len)
            .map(|_| ALPHABET[self.below(ALPHABET.len())])
            .collect()
    }
}

struct Host;

impl PercentHost for Host {
    type Value = i64;
    type Error = FormatError;

    fn get_item(&mut self, _mapping: &i64, key: &str) -> Result<i64, FormatError> {
        Ok(key.len() as i64 - 3)
    }

    fn star_int(&mut self, value: &i64) -> Result<IBig, FormatError> {
        Ok(IBig::from(*value))
    }

    fn convert(&mut self, value: &i64, conversion: char) -> Result<PercentValue, FormatError> {
        Ok(match conversion {
            's' | 'r' | 'a' => PercentValue::Str(value.to_string()),
            'c' => PercentValue::Char('x'),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentValue::Float(*value as f64 / 7.0),
            _ => PercentValue::Int(IBig::from(*value)),
        })
    }
}

#[test]
fn arbitrary_inputs_do_not_panic() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let floats = [
        0.0,
        -0.0,
        1.5,
        -1e300,
        5e-324,
        f64::INFINITY,
        f64::NAN,
        123456.789,
    ];
    for _ in 0..20_000 {
        let text = rng.text();
        if let Ok(spec) = parse_format_spec(&text, "t") {
            let x = floats[rng.below(floats.len())];
            let n = IBig::from(rng.next() as i64 >> rng.below(64));
            let _ = format_int(&n, &spec, "t", 4300);
            let _ = format_float(x, &spec, "t");
            let _ = format_complex(x, -x, &spec, "t");
            let _ = format_str(&text, &spec, "t");
        }
        let args = match rng.below(3) {
            0 => PercentArgs::Tuple((0..rng.below(4)).map(|i| i as i64 - 1).collect()),
            1 => PercentArgs::Single(rng.below(20) as i64 - 10),
            _ => PercentArgs::Mapping(0),
        };
        let _ = percent_format(&mut Host, &text, args, 4300);
        let _ = parse_int(&text, rng.below(40) as i64 - 2, 4300);
        let _ = parse_float(&text);
        let _ = float_fromhex(&text);
    }
}
