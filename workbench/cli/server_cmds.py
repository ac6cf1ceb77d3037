"""`workbench server …`: set up a team library on a PostgreSQL server and give people roles."""

from __future__ import annotations

import argparse

from workbench.cli.output import emit_json, table

ROLES = ("reader", "checker", "editor")


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("server", help="set up a team library on a PostgreSQL server")
    sub = p.add_subparsers(dest="server_command", required=True, metavar="ACTION")
    q = sub.add_parser(
        "init", help="create or upgrade the team library's schema, its roles and their rights"
    )
    q.add_argument("address", metavar="URL", help="postgresql://[user@]host[:port]/database")
    q.set_defaults(run=run_init, needs_library=False)
    q = sub.add_parser("add-user", help="give a login a team role (made if new, no password)")
    q.add_argument("address", metavar="URL")
    q.add_argument("login")
    q.add_argument("--role", choices=ROLES, default="checker")
    q.add_argument("--name", default="", help="the name the audit trail and reports show")
    q.set_defaults(run=run_add_user, needs_library=False)
    q = sub.add_parser("members", help="every login with a team role")
    q.add_argument("address", metavar="URL")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_members, needs_library=False)


def run_init(args: argparse.Namespace) -> int:
    from workbench.store.admin import init_server

    revision = init_server(args.address)
    print(f"team library ready at {args.address} (schema {revision}); roles: " + ", ".join(ROLES))
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    from workbench.store.admin import add_member

    add_member(args.address, args.login, args.role, args.name)
    shown = f" ({args.name})" if args.name else ""
    print(f"{args.login}{shown}: {args.role}")
    return 0


def run_members(args: argparse.Namespace) -> int:
    from workbench.store.admin import members

    rows = members(args.address)
    if args.json:
        emit_json([{"login": a, "role": b, "name": c} for a, b, c in rows])
        return 0
    table([list(r) for r in rows], ["login", "role", "name"])
    return 0
