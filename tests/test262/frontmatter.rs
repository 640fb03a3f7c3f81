//! A test's metadata: the YAML block between `/*---` and `---*/` (INTERPRETING.md,
//! "Metadata"). Only the keys a runner acts on are read (`includes`, `flags`, `features`,
//! `negative`), in the two list forms test262 uses (`[a, b]` and `- a` lines).

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Frontmatter {
    pub includes: Vec<String>,
    pub flags: Vec<String>,
    pub features: Vec<String>,
    pub negative: Option<Negative>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Negative {
    /// `parse`, `resolution` or `runtime`.
    pub phase: String,
    /// The expected error's constructor name.
    pub kind: String,
}

impl Frontmatter {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// The metadata of a test's source; a test without a block has none.
pub fn parse(source: &str) -> Frontmatter {
    let mut fm = Frontmatter::default();
    let Some(start) = source.find("/*---") else {
        return fm;
    };
    let Some(len) = source[start..].find("---*/") else {
        return fm;
    };
    let block = &source[start + 5..start + len];
    // The key whose block list or nested map the following indented lines belong to.
    let mut current: Option<String> = None;
    let (mut phase, mut kind) = (None, None);
    for line in block.lines() {
        let indented = line.starts_with(' ') || line.starts_with('\t');
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if indented {
            if let Some(item) = trimmed.strip_prefix("- ") {
                if let Some(list) = current.as_deref().and_then(|k| list_for(&mut fm, k)) {
                    list.push(item.trim().to_string());
                }
            } else if current.as_deref() == Some("negative")
                && let Some((k, v)) = trimmed.split_once(':')
            {
                match k.trim() {
                    "phase" => phase = Some(v.trim().to_string()),
                    "type" => kind = Some(v.trim().to_string()),
                    _ => {}
                }
            }
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            current = None;
            continue;
        };
        let key = key.trim().to_string();
        let value = value.trim();
        if let Some(inline) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']'))
            && let Some(list) = list_for(&mut fm, &key)
        {
            list.extend(
                inline
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        }
        current = Some(key);
    }
    if let (Some(phase), Some(kind)) = (phase, kind) {
        fm.negative = Some(Negative { phase, kind });
    }
    fm
}

fn list_for<'a>(fm: &'a mut Frontmatter, key: &str) -> Option<&'a mut Vec<String>> {
    match key {
        "includes" => Some(&mut fm.includes),
        "flags" => Some(&mut fm.flags),
        "features" => Some(&mut fm.features),
        _ => None,
    }
}

/// Checked at the start of every run (a `harness = false` test has no `#[test]`s).
pub fn self_check() {
    let fm = parse(
        "/*---\ndescription: x\nincludes: [a.js, b.js]\nflags: [onlyStrict]\nfeatures:\n  - Symbol\n  - let\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n",
    );
    assert_eq!(fm.includes, ["a.js", "b.js"]);
    assert_eq!(fm.flags, ["onlyStrict"]);
    assert_eq!(fm.features, ["Symbol", "let"]);
    assert_eq!(
        fm.negative,
        Some(Negative {
            phase: "parse".into(),
            kind: "SyntaxError".into()
        })
    );
}
