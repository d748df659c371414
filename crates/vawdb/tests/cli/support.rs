//! Running the binary in a temporary folder and talking HTTP to it.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    path::PathBuf,
    process::{Child, Command, Output, Stdio},
    time::Duration,
};

/// A temporary folder with a data folder for the store.
pub struct Workspace {
    pub directory: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace { directory: tempfile::tempdir().unwrap() }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.directory.path().join(name)
    }

    /// `vawdb --data-dir <workspace>/data ARGS`, with no VAWDB_* variable from the caller.
    pub fn command(&self, arguments: &[&str]) -> Command {
        self.command_on(&self.path("data"), arguments)
    }

    /// `vawdb --data-dir DATA ARGS`, for a second data folder.
    pub fn command_on(&self, data: &std::path::Path, arguments: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_vawdb"));
        command.env_remove("VAWDB_DATA_DIR").env_remove("VAWDB_DATABASE_URL").current_dir(self.directory.path());
        command.arg("--data-dir").arg(data).args(arguments);
        command
    }

    /// Runs `vawdb --data-dir DATA ARGS`.
    pub fn run_on(&self, data: &std::path::Path, arguments: &[&str]) -> Run {
        Run::from(self.command_on(data, arguments).output().unwrap())
    }

    pub fn run(&self, arguments: &[&str]) -> Run {
        Run::from(self.command(arguments).output().unwrap())
    }

    /// Runs `vawdb --data-dir <workspace>/data ARGS` with `input` on its standard input (a
    /// password given with `--password-stdin`, say).
    pub fn run_with_input(&self, arguments: &[&str], input: &[u8]) -> Run {
        let mut child = self
            .command(arguments)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        Run::from(child.wait_with_output().unwrap())
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).unwrap();
        path
    }
}

/// What a finished run printed and how it exited.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn assert_success(&self) -> &Run {
        assert_eq!(self.code, 0, "stdout: {}\nstderr: {}", self.stdout, self.stderr);
        self
    }
}

/// A running server, killed when dropped.
pub struct Server {
    child: Child,
    pub address: String,
}

impl Server {
    /// Starts `command` and waits for it to say where it serves.
    pub fn start(mut command: Command) -> Server {
        let mut child = command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let address = loop {
            let Some(line) = lines.next() else {
                let mut stderr = String::new();
                child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
                panic!("the server stopped before serving: {stderr}");
            };
            let line = line.unwrap();
            if let Some(rest) = line.strip_prefix("vawdb is serving on http://") {
                break rest.split('/').next().unwrap().to_owned();
            }
        };
        Server { child, address }
    }

    /// A GET request; returns the status code and the body.
    pub fn get(&self, path: &str) -> (u16, String) {
        http_get(&self.address, path)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain HTTP/1.1 GET over a TCP connection.
pub fn http_get(address: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let response = String::from_utf8(response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, body.to_owned())
}

/// A plain HTTP/1.1 request with extra header lines (each ending in `\r\n`) and a body;
/// returns the status code, the head and the body.
pub fn http_request(address: &str, method: &str, path: &str, headers: &str, body: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let response = String::from_utf8(response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_owned(), body.to_owned())
}

/// Signs in over HTTP as a browser would: the form, its token cookie, the post. Returns the
/// status of the answer and its head (which sets the session cookie on success).
pub fn sign_in(server: &Server, username: &str, password: &str) -> (u16, String) {
    let (_, head, body) = http_request(&server.address, "GET", "/sign-in", "", "");
    let cookie = head
        .lines()
        .find_map(|line| line.strip_prefix("set-cookie: vawdb_csrf="))
        .and_then(|rest| rest.split(';').next())
        .expect("the sign-in form sets its token cookie")
        .to_owned();
    let token = hidden_value(&body, "csrf_token");
    assert_eq!(token, cookie, "the form carries the token its cookie holds");
    let form =
        format!("username={}&password={}&csrf_token={token}", username.replace('@', "%40"), password.replace(' ', "+"));
    let headers = format!("Content-Type: application/x-www-form-urlencoded\r\nCookie: vawdb_csrf={cookie}\r\n");
    let (status, head, _) = http_request(&server.address, "POST", "/sign-in", &headers, &form);
    (status, head)
}

/// The value of the hidden field `name` of a page's form.
pub fn hidden_value(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {name} in the page: {html}")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}
