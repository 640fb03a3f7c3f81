//! The LR driver that runs the tables LALRPOP generates from `grammar/minnow.lalrpop`, with
//! automatic semicolon insertion built in. `build.rs` points the generated parser at [`drive`]
//! instead of LALRPOP's own driver.
//!
//! Why not LALRPOP's driver: it inserts a semicolon through its general error recovery, which
//! copies the whole parse stack for every terminal of the grammar (to list the expected tokens)
//! and again to test the recovery. The stack is as deep as the input is nested, so a program
//! that leaves out semicolons inside deep nesting (or a long `else if` chain) took time
//! quadratic in its size. Here a semicolon is inserted only where the grammar has its `!`
//! marker (the end of a statement, see `Semi`), only where [`Asi::allows_semicolon_before`]
//! says the spec allows it, and the test runs on a small overlay of the stack top: the cost is
//! that of the reductions it simulates, which stop at the unfinished statement. The expected
//! tokens are listed once, for the error that ends the parse.
//!
//! Invariants: the real stacks change only through the grammar's own shift, reduce and goto
//! entries; an inserted semicolon is the recovery symbol (`!`) shifted in the current state
//! (no state is popped, no token dropped), starting and ending where the previous symbol ends.

use lalrpop_util::state_machine::{ParserAction, ParserDefinition, SimulatedReduce, SymbolTriple};
use lalrpop_util::{ErrorRecovery, ParseError};

use super::Asi;
use crate::syntax::diagnostics::SyntaxError;
use crate::syntax::lexer::Tok;

type Error = ParseError<usize, Tok, SyntaxError>;
type Triple = (usize, Tok, usize);

/// Parses `tokens` (the tokens of `asi`, in order, possibly followed by one error) with the
/// grammar `definition`.
pub(crate) fn drive<D, I>(asi: &Asi, definition: D, tokens: I) -> Result<D::Success, Error>
where
    D: ParserDefinition<Location = usize, Token = Tok, Error = SyntaxError>,
    I: Iterator<Item = Result<Triple, Error>>,
{
    let start = definition.start_state();
    Driver {
        asi,
        definition,
        tokens,
        pulled: 0,
        last_end: 0,
        states: vec![start],
        symbols: Vec::new(),
    }
    .run()
}

struct Driver<'a, D: ParserDefinition, I> {
    asi: &'a Asi,
    definition: D,
    tokens: I,
    /// How many tokens have been read: the lookahead is token `pulled - 1` of `asi`.
    pulled: usize,
    /// Where the last token read ends (the position of an end-of-input error).
    last_end: usize,
    states: Vec<D::StateIndex>,
    symbols: Vec<SymbolTriple<D>>,
}

/// The next input: a token with its terminal index, or the end.
enum Next<T> {
    Token(Triple, T),
    End,
}

/// What a step of the parse decided.
enum Step<S> {
    /// The lookahead was shifted; read the next token.
    Shifted,
    /// A reduction was done (or a semicolon inserted); look at the same lookahead again.
    Again,
    Done(Result<S, Error>),
}

impl<D, I> Driver<'_, D, I>
where
    D: ParserDefinition<Location = usize, Token = Tok, Error = SyntaxError>,
    I: Iterator<Item = Result<Triple, Error>>,
{
    fn run(mut self) -> Result<D::Success, Error> {
        loop {
            let next = self.read()?;
            loop {
                match self.step(&next) {
                    Step::Shifted => break,
                    Step::Again => continue,
                    Step::Done(result) => return result,
                }
            }
        }
    }

    /// Reads the next token and classifies it.
    fn read(&mut self) -> Result<Next<D::TokenIndex>, Error> {
        let Some(item) = self.tokens.next() else {
            return Ok(Next::End);
        };
        let token = item?;
        self.pulled += 1;
        self.last_end = token.2;
        match self.definition.token_to_index(&token.1) {
            Some(index) => Ok(Next::Token(token, index)),
            None => Err(ParseError::UnrecognizedToken {
                expected: self.definition.expected_tokens_from_states(&self.states),
                token,
            }),
        }
    }

    fn top(&self) -> D::StateIndex {
        *self.states.last().expect("the start state is never popped")
    }

    /// One action of the automaton on the lookahead `next`.
    fn step(&mut self, next: &Next<D::TokenIndex>) -> Step<D::Success> {
        let action = match next {
            Next::Token(_, index) => self.definition.action(self.top(), *index),
            Next::End => self.definition.eof_action(self.top()),
        };
        if let Some(target) = action.as_shift() {
            let Next::Token((start, tok, end), index) = next else {
                // LR tables never shift the end of input; if they did, that is an error.
                return Step::Done(Err(self.error_at(next)));
            };
            let symbol = self.definition.token_to_symbol(*index, tok.clone());
            self.states.push(target);
            self.symbols.push((*start, symbol, *end));
            return Step::Shifted;
        }
        if let Some(rule) = action.as_reduce() {
            return match self.reduce(rule, next) {
                None => Step::Again,
                Some(Ok(success)) => match next {
                    Next::Token(token, _) => Step::Done(Err(ParseError::ExtraToken {
                        token: token.clone(),
                    })),
                    Next::End => Step::Done(Ok(success)),
                },
                Some(Err(e)) => Step::Done(Err(e)),
            };
        }
        match self.insert_semicolon(next) {
            Ok(true) => Step::Again,
            Ok(false) => Step::Done(Err(self.error_at(next))),
            Err(e) => Step::Done(Err(e)),
        }
    }

    fn reduce(
        &mut self,
        rule: D::ReduceIndex,
        next: &Next<D::TokenIndex>,
    ) -> Option<Result<D::Success, Error>> {
        let lookahead_start = match next {
            Next::Token((start, _, _), _) => Some(start),
            Next::End => None,
        };
        self.definition
            .reduce(rule, lookahead_start, &mut self.states, &mut self.symbols)
    }

    /// Automatic semicolon insertion before the lookahead the grammar just refused: done when
    /// the spec allows it there and the grammar, once the semicolon is in, takes the lookahead.
    /// An error from a grammar action run on the way ends the parse, as it would without ASI.
    fn insert_semicolon(&mut self, next: &Next<D::TokenIndex>) -> Result<bool, Error> {
        let (allowed, lookahead) = match next {
            Next::Token(_, index) => (
                self.asi.allows_semicolon_before(self.pulled - 1),
                Some(*index),
            ),
            Next::End => (true, None),
        };
        if !allowed || !Overlay::new(&self.states).accepts_semicolon(&self.definition, lookahead) {
            return Ok(false);
        }
        // The simulation succeeded: the error actions met here are reductions, then a shift.
        loop {
            let action = self.definition.error_action(self.top());
            if let Some(target) = action.as_shift() {
                let at = self.symbols.last().map_or(0, |s| s.2);
                let recovery = ErrorRecovery {
                    error: self.unrecognized(next, Vec::new()),
                    dropped_tokens: Vec::new(),
                };
                let symbol = self.definition.error_recovery_symbol(recovery);
                self.states.push(target);
                self.symbols.push((at, symbol, at));
                return Ok(true);
            }
            match action.as_reduce().map(|rule| self.reduce(rule, next)) {
                Some(None) => {}
                Some(Some(Err(e))) => return Err(e),
                // Not reachable after the simulation; should it happen, it is a syntax error.
                Some(Some(Ok(_))) | None => return Ok(false),
            }
        }
    }

    /// The error for a lookahead the grammar refuses, with the tokens it would have taken.
    fn error_at(&self, next: &Next<D::TokenIndex>) -> Error {
        let expected = self.definition.expected_tokens_from_states(&self.states);
        self.unrecognized(next, expected)
    }

    fn unrecognized(&self, next: &Next<D::TokenIndex>, expected: Vec<String>) -> Error {
        match next {
            Next::Token(token, _) => ParseError::UnrecognizedToken {
                token: token.clone(),
                expected,
            },
            Next::End => ParseError::UnrecognizedEof {
                location: self.last_end,
                expected,
            },
        }
    }
}

/// The top of the state stack as a simulation changes it, without copying the stack: the
/// first `base` real states, then the states the simulation pushed.
struct Overlay<'s, S> {
    real: &'s [S],
    base: usize,
    pushed: Vec<S>,
}

impl<'s, S: Copy> Overlay<'s, S> {
    fn new(real: &'s [S]) -> Self {
        Overlay {
            real,
            base: real.len(),
            pushed: Vec::new(),
        }
    }

    fn top(&self) -> Option<S> {
        self.pushed
            .last()
            .copied()
            .or_else(|| self.base.checked_sub(1).map(|i| self.real[i]))
    }

    fn pop(&mut self, count: usize) -> Option<()> {
        let from_pushed = count.min(self.pushed.len());
        self.pushed.truncate(self.pushed.len() - from_pushed);
        self.base = self.base.checked_sub(count - from_pushed)?;
        Some(())
    }

    /// Whether the stack can take an inserted semicolon (the `!` terminal, after the reductions
    /// it triggers) and then `lookahead` (`None`: the end of input).
    fn accepts_semicolon<D>(mut self, definition: &D, lookahead: Option<D::TokenIndex>) -> bool
    where
        D: ParserDefinition<StateIndex = S>,
    {
        self.run(definition, |d, state| d.error_action(state)) == Some(Outcome::Shifted)
            && matches!(
                self.run(definition, |d, state| match lookahead {
                    Some(index) => d.action(state, index),
                    None => d.eof_action(state),
                }),
                Some(Outcome::Shifted | Outcome::Accepted)
            )
    }

    /// Simulates the reductions `action` asks for until it shifts (the new state pushed),
    /// accepts the whole input or refuses; `None` if the tables pop more states than there are.
    fn run<D>(&mut self, definition: &D, action: impl Fn(&D, S) -> D::Action) -> Option<Outcome>
    where
        D: ParserDefinition<StateIndex = S>,
    {
        loop {
            let act = action(definition, self.top()?);
            if let Some(target) = act.as_shift() {
                self.pushed.push(target);
                return Some(Outcome::Shifted);
            }
            let Some(rule) = act.as_reduce() else {
                return Some(Outcome::Refused);
            };
            match definition.simulate_reduce(rule) {
                SimulatedReduce::Accept => return Some(Outcome::Accepted),
                SimulatedReduce::Reduce {
                    states_to_pop,
                    nonterminal_produced,
                } => {
                    self.pop(states_to_pop)?;
                    let goto = definition.goto(self.top()?, nonterminal_produced);
                    self.pushed.push(goto);
                }
            }
        }
    }
}

/// How a simulated run of the automaton ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Shifted,
    Accepted,
    Refused,
}
