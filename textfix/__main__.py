from textfix.cli import run

run()
