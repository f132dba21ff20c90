//! Which answers pass by themselves, and the loop that retries them with a growing pause until a
//! deadline.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use crate::error::chain;

/// The first pause after a passing answer.
const FIRST_PAUSE: Duration = Duration::from_millis(100);
/// The longest pause: an API server that is back is noticed within this.
const MAX_PAUSE: Duration = Duration::from_secs(2);

/// How one attempt failed.
#[derive(Debug)]
pub(crate) enum Failed {
    /// It may pass by itself (no connection, 429, 5xx, etcd busy): try again after a pause.
    Passing {
        /// The answer, for the message when time runs out.
        answer: String,
        /// Whether no HTTP answer came at all: the server may be (re)starting, so its
        /// readiness is asked before the next attempt.
        unreachable: bool,
    },
    /// The server refused the request for good.
    Refused {
        /// The HTTP status code.
        code: u16,
        /// The server's message.
        message: String,
    },
    /// The request could not be made (no such kind, a bad object): retrying would not help.
    Final(String),
}

impl Failed {
    /// A passing answer that came from the server.
    pub(crate) fn answered(answer: String) -> Self {
        Failed::Passing {
            answer,
            unreachable: false,
        }
    }
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failed::Passing { answer, .. } | Failed::Final(answer) => f.write_str(answer),
            Failed::Refused { code, message } => write!(f, "{code} {message}"),
        }
    }
}

/// Why a retried request stopped.
#[derive(Debug)]
pub(crate) enum Stop {
    /// A final answer.
    Failed(Failed),
    /// The deadline passed; the last passing answer.
    Deadline(String),
}

/// etcd's and the API server's words for a state that passes (a leader election, a storage
/// layer still starting), whatever status code carries them.
const PASSING_MESSAGES: &[&str] = &[
    "etcdserver: leader changed",
    "etcdserver: request timed out",
    "etcdserver: too many requests",
    "etcdserver: no leader",
    "storage is (re)initializing",
    "the server is currently unable to handle the request",
];

/// Sorts kube's error into passing or final.
pub(crate) fn classify(err: &kube::Error) -> Failed {
    match err {
        kube::Error::Api(status) => {
            let passing = status.code == 429
                // With forced apply, a conflict left is an optimistic-lock race: read again.
                || status.code == 409
                || status.code >= 500
                || PASSING_MESSAGES.iter().any(|m| status.message.contains(m));
            if passing {
                Failed::answered(format!("{} {}", status.code, first_line(&status.message)))
            } else {
                Failed::Refused {
                    code: status.code,
                    message: status.message.clone(),
                }
            }
        }
        // No answer at all: refused or reset connections, TLS cut short, a timeout.
        kube::Error::HyperError(_) | kube::Error::Service(_) => Failed::Passing {
            answer: chain(err),
            unreachable: true,
        },
        other => Failed::Final(chain(other)),
    }
}

/// The first line of a long answer (`/readyz` lists every check).
pub(crate) fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default().trim()
}

/// Runs `attempt` until it succeeds, fails for good, or `deadline` passes; each attempt is
/// bounded by `request_timeout` (and by the time left).
pub(crate) async fn until<T, F, Fut>(
    deadline: Instant,
    request_timeout: Duration,
    mut attempt: F,
) -> Result<T, Stop>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, Failed>>,
{
    let mut pause = FIRST_PAUSE;
    let mut last = "no answer yet".to_string();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Stop::Deadline(last));
        }
        let bound = request_timeout.min(left);
        match tokio::time::timeout(bound, attempt()).await {
            Ok(Ok(value)) => return Ok(value),
            Ok(Err(Failed::Passing { answer, .. })) => last = answer,
            Ok(Err(failed)) => return Err(Stop::Failed(failed)),
            Err(_) => last = format!("no answer within {bound:?}"),
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Stop::Deadline(last));
        }
        tokio::time::sleep(pause.min(left)).await;
        pause = (pause * 2).min(MAX_PAUSE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(code: u16, message: &str) -> kube::Error {
        kube::Error::Api(
            kube::core::Status::failure(message, "")
                .with_code(code)
                .boxed(),
        )
    }

    #[test]
    fn passing_and_final_answers() {
        for (code, message) in [
            (429, "too many requests"),
            (500, "etcdserver: leader changed"),
            (503, "unavailable"),
            (409, "the object has been modified"),
            (400, "rpc error: etcdserver: request timed out"),
        ] {
            assert!(
                matches!(classify(&api(code, message)), Failed::Passing { .. }),
                "{code} {message}"
            );
        }
        for code in [400, 401, 403, 404, 422] {
            assert!(
                matches!(classify(&api(code, "no")), Failed::Refused { code: c, .. } if c == code),
                "{code}"
            );
        }
    }

    #[test]
    fn a_deadline_ends_the_retries_with_the_last_answer() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let started = std::time::Instant::now();
        let mut attempts = 0;
        let stop = runtime.block_on(until(
            Instant::now() + Duration::from_millis(500),
            Duration::from_secs(1),
            || {
                attempts += 1;
                let n = attempts;
                async move { Err::<(), _>(Failed::answered(format!("busy {n}"))) }
            },
        ));
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(attempts >= 3, "{attempts}");
        match stop {
            Err(Stop::Deadline(last)) => assert_eq!(last, format!("busy {attempts}")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_refusal_stops_at_once() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mut attempts = 0;
        let stop = runtime.block_on(until(
            Instant::now() + Duration::from_secs(30),
            Duration::from_secs(1),
            || {
                attempts += 1;
                async {
                    Err::<(), _>(Failed::Refused {
                        code: 422,
                        message: "invalid".into(),
                    })
                }
            },
        ));
        assert_eq!(attempts, 1);
        assert!(matches!(
            stop,
            Err(Stop::Failed(Failed::Refused { code: 422, .. }))
        ));
    }
}
