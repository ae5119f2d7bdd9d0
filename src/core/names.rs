//! Doctors' names as lists show, sort and search them: the name with its INAMI number (namesakes
//! told apart), the surname sort key, and accent folding for search. Below both the practice and its
//! store, which each need them.

/// A doctor's name with their INAMI number, as every list shows them.
pub fn label(name: &str, inami: &str) -> String {
    match super::inami::shown(inami).as_str() {
        "" => name.to_owned(),
        inami => format!("{name} ({inami})"),
    }
}

/// A name's sort key by surname: its last word, folded ("Dr Anne Peeters" → "peeters").
pub fn surname_key(name: &str) -> String {
    fold(name).split_whitespace().last().unwrap_or("").to_owned()
}

/// Whether a doctor's name contains `query`, ignoring case and accents: "peeters" finds "Dr Anne
/// Peeters", "lefevre" finds "Lefèvre", "odegaard" finds "Ødegaard".
pub fn name_matches(name: &str, query: &str) -> bool {
    fold(name).contains(&fold(query))
}

/// Lower case without accents, for search and comparing names: letters written without an accent
/// by a Belgian keyboard user fold to what they would type (ø → o, æ → ae, ß → ss, œ → oe).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' => folded.push('a'),
            'ç' | 'ć' | 'č' => folded.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => folded.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => folded.push('i'),
            'ñ' | 'ń' | 'ň' => folded.push('n'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => folded.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ū' | 'ű' => folded.push('u'),
            'ÿ' | 'ý' => folded.push('y'),
            'š' | 'ś' => folded.push('s'),
            'ž' | 'ź' | 'ż' => folded.push('z'),
            'ł' => folded.push('l'),
            'ř' => folded.push('r'),
            'æ' => folded.push_str("ae"),
            'œ' => folded.push_str("oe"),
            'ß' => folded.push_str("ss"),
            other => folded.push(other),
        }
    }
    folded
}
