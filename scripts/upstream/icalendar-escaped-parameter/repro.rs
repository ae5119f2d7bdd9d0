fn main() {
    for line in [
        r"X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Cabinet\; rez;X-APPLE-RADIUS=70:geo:50.8,4.3",
        r"X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Cabinet\; 2e étage:geo:50.8,4.3",
        r"X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Cabinet\;rest;X-APPLE-RADIUS=70:geo:50.8,4.3",
        r"X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Place\; rest, 1000 Bruxelles;X-APPLE-RADIUS=70:geo:50.8,4.3",
        r"X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Rue de la Loi 16\n1000 Bruxelles;X-TITLE=Dr. Dupont\; Cabinet:geo:50.8,4.3",
        r"X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Place\;:geo:50.8,4.3",
    ] {
        let text = format!("BEGIN:X-LINE\n{line}\nEND:X-LINE\n");
        println!("{} => {:?}", line, icalendar::parser::read_calendar(&text).map(|_| ()).map_err(|e| e.lines().next().unwrap_or("").to_string()));
    }
}
