//! The cover grammar's second half: an expression parsed before the parser knew it was a
//! pattern (`[a, b] = …`, `({ a = 1 }) => …`, the parenthesised list before `=>`) converted
//! into the pattern or parameters it covers, with node's errors for what no pattern can be.
//! The conversions descend into the tree, so they go through the native-stack guard.

use std::collections::HashSet;

use super::PError;
use super::build::*;
use crate::syntax::ast::*;

/// `{ a = 1 }` in an object literal: only valid if the literal becomes a pattern.
pub fn cover_init_property(id: (Name, Span), value: Expr) -> Property {
    let span = id.1.to(value.span);
    let key = PropKey::Static(id.0.clone());
    let target = ident_expr(id);
    let init = expr(
        ExprKind::Assign {
            op: AssignOp::Assign,
            target: Box::new(target),
            value: Box::new(value),
        },
        span,
    );
    Property {
        key,
        value: PropValue::CoverInit(init),
        span,
    }
}

/// Converts an array or object literal to a pattern in a declaration, parameter or `catch`
/// (names only as targets).
pub fn binding_pattern(cover: Expr) -> Result<Pattern, PError> {
    to_pattern(cover, true)
}

pub(super) fn invalid_target(span: Span) -> PError {
    error(
        "Invalid destructuring assignment target",
        span,
        "cannot destructure into this",
    )
}

pub(super) fn rest_not_last(span: Span) -> PError {
    error(
        "Rest element must be last element",
        span,
        "move the rest element to the end",
    )
}

/// Converts `target = default` (an element, property value or arrow parameter) to a
/// pattern and its default. The parser has already made `[a] = d` an `AssignPattern`.
pub(super) fn split_default(mut e: Expr, binding: bool) -> Result<(Pattern, Option<Expr>), PError> {
    match e.take_kind() {
        ExprKind::Assign {
            op: AssignOp::Assign,
            target,
            mut value,
        } => {
            if let ExprKind::Ident(id) = &target.kind {
                infer_name(&mut value, &id.name, id.span);
            }
            Ok((to_pattern(*target, binding)?, Some(*value)))
        }
        ExprKind::AssignPattern { pattern, value } => {
            if binding && let Some(span) = member_in(&pattern) {
                return Err(error(
                    "Illegal property in declaration context",
                    span,
                    "only names can be declared",
                ));
            }
            Ok((*pattern, Some(*value)))
        }
        kind => Ok((to_pattern(expr(kind, e.span), binding)?, None)),
    }
}

/// The span of a member-expression target inside an assignment pattern, if any.
pub(super) fn member_in(p: &Pattern) -> Option<Span> {
    crate::util::stack::maybe_grow(64 * 1024, 1024 * 1024, || match p {
        Pattern::Ident(_) => None,
        Pattern::Member(e) => Some(e.span),
        Pattern::Array(a) => a
            .elements
            .iter()
            .flatten()
            .map(|e| &e.target)
            .chain(&a.rest)
            .find_map(member_in),
        Pattern::Object(o) => o
            .props
            .iter()
            .map(|p| &p.target)
            .chain(&o.rest)
            .find_map(member_in),
    })
}

/// Converts an expression of the cover grammar to a pattern: names, members (only when
/// `binding` is false), and array and object literals whose elements convert in turn.
pub(super) fn to_pattern(e: Expr, binding: bool) -> Result<Pattern, PError> {
    crate::util::stack::maybe_grow(64 * 1024, 1024 * 1024, || to_pattern_inner(e, binding))
}

pub(super) fn to_pattern_inner(mut e: Expr, binding: bool) -> Result<Pattern, PError> {
    let span = e.span;
    match e.take_kind() {
        ExprKind::Ident(id) => Ok(Pattern::Ident(id)),
        kind @ ExprKind::Member {
            optional: false, ..
        } if !binding => {
            e.kind = kind;
            Ok(Pattern::Member(Box::new(e)))
        }
        ExprKind::Member { .. } if binding => Err(error(
            "Illegal property in declaration context",
            span,
            "only names can be declared",
        )),
        ExprKind::Array(items) => {
            let count = items.len();
            let mut elements = Vec::with_capacity(count);
            let mut rest = None;
            for (i, item) in items.into_iter().enumerate() {
                let Some(mut item) = item else {
                    elements.push(None);
                    continue;
                };
                match item.take_kind() {
                    ExprKind::Spread(arg) => {
                        if i + 1 != count {
                            return Err(rest_not_last(item.span));
                        }
                        if matches!(arg.kind, ExprKind::Assign { .. }) {
                            return Err(invalid_target(arg.span));
                        }
                        rest = Some(to_pattern(*arg, binding)?);
                        continue;
                    }
                    kind => item.kind = kind,
                }
                let (target, default) = split_default(item, binding)?;
                elements.push(Some(PatternElem { target, default }));
            }
            Ok(Pattern::Array(Box::new(ArrayPattern {
                elements,
                rest,
                span,
            })))
        }
        ExprKind::Object(props) => {
            let count = props.len();
            let mut out = Vec::with_capacity(count);
            let mut rest = None;
            for (i, p) in props.into_iter().enumerate() {
                let value = match p.value {
                    PropValue::Init(v) | PropValue::CoverInit(v) => v,
                    PropValue::Method(_) | PropValue::Getter(_) | PropValue::Setter(_) => {
                        return Err(invalid_target(p.span));
                    }
                };
                if let PropKey::Spread = p.key {
                    if i + 1 != count {
                        return Err(rest_not_last(p.span));
                    }
                    if !matches!(value.kind, ExprKind::Ident(_) | ExprKind::Member { .. }) {
                        return Err(error(
                            "`...` must be followed by an assignable reference in assignment contexts",
                            value.span,
                            "expected a name",
                        ));
                    }
                    rest = Some(to_pattern(value, binding)?);
                    continue;
                }
                let (target, default) = split_default(value, binding)?;
                out.push(PatternProp {
                    key: p.key,
                    target,
                    default,
                    span: p.span,
                });
            }
            Ok(Pattern::Object(Box::new(ObjectPattern {
                props: out,
                rest,
                span,
            })))
        }
        _ => Err(invalid_target(span)),
    }
}

/// Converts the parenthesised expression before `=>` into parameters: `a`, `a = 1`, and
/// comma lists of those.
pub fn arrow_params(mut cover: Expr) -> Result<Vec<Param>, PError> {
    let items = match cover.take_kind() {
        ExprKind::Sequence(items) => items,
        kind => vec![expr(kind, cover.span)],
    };
    let mut params = Vec::with_capacity(items.len());
    let mut seen = HashSet::new();
    for item in items {
        let span = item.span;
        let valid = match &item.kind {
            ExprKind::Ident(_) | ExprKind::Array(_) | ExprKind::Object(_) => true,
            ExprKind::AssignPattern { .. } => true,
            ExprKind::Assign {
                op: AssignOp::Assign,
                target,
                ..
            } => matches!(target.kind, ExprKind::Ident(_)),
            _ => false,
        };
        if !valid {
            return Err(invalid_param(span));
        }
        let (target, default) = split_default(item, true)?;
        let mut names = Vec::new();
        target.bound_names(&mut names);
        for n in names {
            if !seen.insert(n.name.clone()) {
                return Err(duplicate_param(n.span));
            }
        }
        params.push(Param {
            target,
            default,
            rest: false,
        });
    }
    Ok(params)
}

pub(super) fn invalid_param(span: Span) -> PError {
    error(
        "Invalid destructuring assignment target",
        span,
        "expected a parameter name",
    )
}
