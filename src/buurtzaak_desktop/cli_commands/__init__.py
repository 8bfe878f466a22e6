"""Handlers of the subcommands that belong to one area (rooster, activiteiten, ...).

``cli.handler_of`` imports, for each subcommand, the module here that handles it. Each module defines
``run(args: argparse.Namespace, paths: DataPaths) -> int`` and prints its own Dutch output; bad input and
refused actions raise ``BuurtzaakError`` (the command line turns it into exit status 1).
"""
