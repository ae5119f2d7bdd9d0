//! frame-watch: drives one X11 window through a script of inputs sent with XTEST (as xdotool sends
//! them) and records, from outside the program, when each of its frames reaches the screen: every
//! present of a software-rendered window (tiny-skia through softbuffer) damages the window, and the
//! X server reports that damage (the DAMAGE extension). Together: input-to-present latency.
//!
//! Usage: frame-watch WINDOW_ID LOG < SCRIPT
//!
//! Script, one command a line (`#` starts a comment); coordinates are inside the window:
//!   mark NAME        start a scenario (its records carry the name)
//!   move X Y         pointer to (X, Y)
//!   down / up        left button pressed / released
//!   wheel N          N notches of the wheel (negative: up)
//!   key NAME         a key pressed and released: a character, or BackSpace, Tab, Return, Escape,
//!                    Up, Down, Left, Right, Page_Up, Page_Down, Home, End, Delete
//!   type TEXT        each character of TEXT as a key (ASCII)
//!   ctrl NAME        a key with Control held
//!   wait MS          nothing for MS milliseconds (the window settles)
//!   pace MS          time between two inputs from now on (default 16: a 60 Hz pointer)
//!   resize W H       the window is resized (as a window manager would)
//!   settle MS        wait until no frame came for MS milliseconds (at most 10 s)
//!
//! LOG, tab-separated: wall-clock nanoseconds since 1970, then `mark NAME`, `input KIND`, or
//! `present X Y W H` (the damaged area of one frame).

use std::io::{BufRead, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use x11rb::connection::Connection;
use x11rb::wrapper::ConnectionExt as _;
use x11rb::protocol::Event;
use x11rb::protocol::damage::{self, ConnectionExt as _};
use x11rb::protocol::xproto::{self, ConnectionExt as _};
use x11rb::protocol::xtest::ConnectionExt as _;

type Log = Arc<Mutex<Vec<(u128, String)>>>;

fn now() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

fn main() {
    if let Err(error) = run() {
        eprintln!("frame-watch: {error}");
        std::process::exit(1);
    }
}

fn keysym(name: &str) -> Option<u32> {
    let named = match name {
        "BackSpace" => 0xff08,
        "Tab" => 0xff09,
        "Return" => 0xff0d,
        "Escape" => 0xff1b,
        "Home" => 0xff50,
        "Left" => 0xff51,
        "Up" => 0xff52,
        "Right" => 0xff53,
        "Down" => 0xff54,
        "Page_Up" => 0xff55,
        "Page_Down" => 0xff56,
        "End" => 0xff57,
        "Delete" => 0xffff,
        "space" => 0x20,
        _ => {
            let mut chars = name.chars();
            let c = chars.next()?;
            // Latin-1 characters are their own keysyms.
            return (chars.next().is_none() && (c as u32) < 0x100).then_some(c as u32);
        }
    };
    Some(named)
}

struct Driver {
    conn: Arc<x11rb::rust_connection::RustConnection>,
    root: xproto::Window,
    window: xproto::Window,
    /// keysym → (keycode, needs Shift)
    keys: std::collections::HashMap<u32, (u8, bool)>,
    shift: u8,
    control: u8,
    pace: Duration,
    log: Log,
    last_present: Arc<Mutex<Instant>>,
}

impl Driver {
    fn send(&self, kind: u8, detail: u8, x: i16, y: i16) -> Result<(), Box<dyn std::error::Error>> {
        self.conn.xtest_fake_input(kind, detail, 0, self.root, x, y, 0)?;
        Ok(())
    }

    /// One user action, logged as sent (the time taken just before sending it), then the pace.
    /// Logged after the server's answer instead, an input could be logged after the frame that
    /// answered it: on a busy machine this thread may wake from the round trip after the window
    /// has drawn and presented, and the input was then timed to the NEXT frame (80 ms later when
    /// typing, 330 ms when clicking).
    fn input(&self, what: &str, f: impl FnOnce(&Self) -> Result<(), Box<dyn std::error::Error>>) -> Result<(), Box<dyn std::error::Error>> {
        let started = Instant::now();
        let sent = now();
        f(self)?;
        self.conn.sync()?;
        self.log.lock().unwrap().push((sent, format!("input\t{what}")));
        if let Some(rest) = self.pace.checked_sub(started.elapsed()) {
            std::thread::sleep(rest);
        }
        Ok(())
    }

    fn to_root(&self, x: i16, y: i16) -> Result<(i16, i16), Box<dyn std::error::Error>> {
        let r = self.conn.translate_coordinates(self.window, self.root, x, y)?.reply()?;
        Ok((r.dst_x, r.dst_y))
    }

    fn key(&self, name: &str, control: bool) -> Result<(), Box<dyn std::error::Error>> {
        let sym = keysym(name).ok_or_else(|| format!("unknown key {name:?}"))?;
        let &(code, shift) = self.keys.get(&sym).ok_or_else(|| format!("no key for {name:?} on this keyboard"))?;
        self.input(&format!("key {name}"), |d| {
            if control {
                d.send(xproto::KEY_PRESS_EVENT, d.control, 0, 0)?;
            }
            if shift {
                d.send(xproto::KEY_PRESS_EVENT, d.shift, 0, 0)?;
            }
            d.send(xproto::KEY_PRESS_EVENT, code, 0, 0)?;
            d.send(xproto::KEY_RELEASE_EVENT, code, 0, 0)?;
            if shift {
                d.send(xproto::KEY_RELEASE_EVENT, d.shift, 0, 0)?;
            }
            if control {
                d.send(xproto::KEY_RELEASE_EVENT, d.control, 0, 0)?;
            }
            Ok(())
        })
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, window, out] = args.as_slice() else {
        return Err("usage: frame-watch WINDOW_ID LOG < SCRIPT".into());
    };
    let window: u32 = if let Some(hex) = window.strip_prefix("0x") {
        u32::from_str_radix(hex, 16)?
    } else {
        window.parse()?
    };
    let (conn, screen) = x11rb::connect(None)?;
    let conn = Arc::new(conn);
    let root = conn.setup().roots[screen].root;
    conn.damage_query_version(1, 1)?.reply()?;
    conn.xtest_get_version(2, 2)?.reply()?;
    let damage = conn.generate_id()?;
    conn.damage_create(damage, window, damage::ReportLevel::RAW_RECTANGLES)?;

    let setup = conn.setup();
    let (min, max) = (setup.min_keycode, setup.max_keycode);
    let mapping = conn.get_keyboard_mapping(min, max - min + 1)?.reply()?;
    let per = usize::from(mapping.keysyms_per_keycode);
    let mut keys = std::collections::HashMap::new();
    for (i, syms) in mapping.keysyms.chunks(per).enumerate() {
        let code = min + i as u8;
        for (level, &sym) in syms.iter().take(2).enumerate() {
            if sym != 0 {
                keys.entry(sym).or_insert((code, level == 1));
            }
        }
    }
    let shift = keys.get(&0xffe1).map(|k| k.0).ok_or("no Shift key")?;
    let control = keys.get(&0xffe3).map(|k| k.0).ok_or("no Control key")?;

    let log: Log = Arc::new(Mutex::new(Vec::new()));
    let last_present = Arc::new(Mutex::new(Instant::now()));
    {
        let (conn, log, last_present) = (conn.clone(), log.clone(), last_present.clone());
        std::thread::spawn(move || {
            // One frame may damage several rectangles: each is recorded; frame-stats joins them.
            while let Ok(event) = conn.wait_for_event() {
                if let Event::DamageNotify(n) = event {
                    let a = n.area;
                    log.lock()
                        .unwrap()
                        .push((now(), format!("present\t{} {} {} {}", a.x, a.y, a.width, a.height)));
                    *last_present.lock().unwrap() = Instant::now();
                }
            }
        });
    }
    let mut driver = Driver {
        conn: conn.clone(),
        root,
        window,
        keys,
        shift,
        control,
        pace: Duration::from_millis(16),
        log: log.clone(),
        last_present,
    };

    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (command, rest) = line.split_once(' ').unwrap_or((line, ""));
        let numbers = || -> Result<Vec<i32>, std::num::ParseIntError> { rest.split_whitespace().map(str::parse).collect() };
        match command {
            "mark" => log.lock().unwrap().push((now(), format!("mark\t{rest}"))),
            "move" => {
                let n = numbers()?;
                let (x, y) = driver.to_root(n[0] as i16, n[1] as i16)?;
                driver.input("move", |d| d.send(xproto::MOTION_NOTIFY_EVENT, 0, x, y))?;
            }
            "down" => driver.input("down", |d| d.send(xproto::BUTTON_PRESS_EVENT, 1, 0, 0))?,
            "up" => driver.input("up", |d| d.send(xproto::BUTTON_RELEASE_EVENT, 1, 0, 0))?,
            "wheel" => {
                let n = numbers()?[0];
                let button = if n < 0 { 4 } else { 5 };
                for _ in 0..n.unsigned_abs() {
                    driver.input("wheel", |d| {
                        d.send(xproto::BUTTON_PRESS_EVENT, button, 0, 0)?;
                        d.send(xproto::BUTTON_RELEASE_EVENT, button, 0, 0)
                    })?;
                }
            }
            "key" => driver.key(rest, false)?,
            "ctrl" => driver.key(rest, true)?,
            "type" => {
                for c in rest.chars() {
                    driver.key(&c.to_string(), false)?;
                }
            }
            "wait" => std::thread::sleep(Duration::from_millis(numbers()?[0] as u64)),
            "pace" => driver.pace = Duration::from_millis(numbers()?[0] as u64),
            "resize" => {
                let n = numbers()?;
                driver.input("resize", |d| {
                    let aux = xproto::ConfigureWindowAux::new().width(n[0] as u32).height(n[1] as u32);
                    d.conn.configure_window(d.window, &aux)?;
                    Ok(())
                })?;
            }
            "settle" => {
                let quiet = Duration::from_millis(numbers()?[0] as u64);
                let started = Instant::now();
                std::thread::sleep(quiet);
                while driver.last_present.lock().unwrap().elapsed() < quiet && started.elapsed() < Duration::from_secs(10) {
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
            other => return Err(format!("unknown command {other:?}").into()),
        }
    }
    // The last frames.
    std::thread::sleep(Duration::from_millis(300));
    let mut file = std::io::BufWriter::new(std::fs::File::create(out)?);
    let mut records = log.lock().unwrap().clone();
    records.sort_by_key(|r| r.0);
    for (at, what) in records {
        writeln!(file, "{at}\t{what}")?;
    }
    file.flush()?;
    Ok(())
}
