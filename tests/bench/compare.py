#!/usr/bin/env python3
"""Whole-process benchmarks: the same work on this runtime and on Node 20, side by side.

What is measured, for each run of a command (one child process):

  wall time   from just before the child is spawned until it has been reaped:
              start-up, the script, and tear-down; everything a user waits for.
  CPU time    user + system time of that child (all its threads), from wait4().
              On a machine with few cores, a runtime that keeps helper threads
              busy pays for it here even when its wall time looks good.
  peak RSS    the child's ru_maxrss from wait4(): the most physical memory it
              held at any one moment.

How, and why that way:

  * Interleaved. The commands of a case run round-robin (a, b, c, a, b, c, ...)
    rather than all runs of a, then all runs of b. On a shared machine the
    background load, CPU frequency and caches drift; interleaving spreads that
    drift over every command alike instead of blaming whichever ran during it.
  * Medians, with min and max. Noise on a busy machine only ever adds time,
    and in bursts; the median ignores the bursts, min and max show how wide
    they were. Averages would let one slow run move the result.
  * Ratios of medians against a baseline in the same run (Node), and against a
    second reference where one is given (the start-up floor: an empty program
    that only loads libnode). Absolute milliseconds change from machine to
    machine; a ratio measured in one run mostly does not.
  * A warm-up run of each command first, not timed. It brings the programs and
    their shared libraries into the page cache, and it checks that the command
    works: exit code 0, and the expected output where a case gives one. A
    benchmark of a command that fails is worse than no benchmark.
  * A clean environment. NODE_EXTRA_CA_CERTS is removed (it makes Node read a
    certificate bundle at start-up: about 50 ms on these machines, more than
    the rest of its start-up), and so is NODE_OPTIONS.
  * No terminal. Children read /dev/null and write to /dev/null, so the cost
    of a terminal or a pipe reader is not part of the figure.

One limit of ru_maxrss on Linux: exec() keeps the largest RSS the process had
*before* it, and a freshly spawned child starts out sharing (or copying) the
address space of the process that spawned it, this Python harness. So a child
never reads below the harness's own peak RSS; the report prints that figure
and marks the results close to it.

Use it from a bench file (one per stage, e.g. tests/bench/01-engine.py):

    import compare
    parser = compare.argument_parser("Stage 01 against Node 20.")
    args = compare.parse_arguments(parser)
    case = compare.Case("start-up", [compare.Command("ours", ["build/bin/01-engine", "-e", ""]),
                                     compare.Command("node", ["node", "-e", ""])],
                        baseline="node")
    compare.run_cases([case], runs=args.runs, warmup=args.warmup)

or from the command line for a quick comparison (the first command is the
baseline unless --baseline names another):

    python3 tests/bench/compare.py --runs 10 'node=node -e ""' 'ours=build/bin/01-engine -e ""'
"""

import argparse
import dataclasses
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from typing import Dict, List, Optional

DEFAULT_RUNS = 20
DEFAULT_WARMUP = 1
CHECK_TIMEOUT_SECONDS = 120

# Variables removed from every child's environment; see the module docstring.
REMOVED_ENVIRONMENT = ("NODE_EXTRA_CA_CERTS", "NODE_OPTIONS")

# A child whose peak RSS is within this much of the harness's own cannot be
# told apart from it (see the ru_maxrss note above).
RSS_MARGIN_MIB = 1.0


class BenchError(Exception):
    """A command is missing or misbehaves: the benchmark cannot be trusted."""


@dataclasses.dataclass
class Command:
    """One program to time: a short name for the table and its argv."""

    name: str
    argv: List[str]
    # Checked on the warm-up run when given (the whole of stdout).
    expect_stdout: Optional[str] = None
    # An optional command whose program is missing is skipped with a note
    # (the start-up floor before it is built, a runtime not installed);
    # a required one stops the benchmark.
    optional: bool = False


@dataclasses.dataclass
class Case:
    """Commands that do the same work, compared with each other."""

    title: str
    commands: List[Command]
    # The name of the command the others are divided by (Node).
    baseline: str
    # The name of a second divisor, e.g. the start-up floor, or None.
    reference: Optional[str] = None


@dataclasses.dataclass
class Sample:
    """What one run of one command cost."""

    wall_ms: float
    cpu_ms: float
    rss_mib: float


@dataclasses.dataclass
class Summary:
    """The samples of one command, reduced to what the table prints."""

    runs: int
    median_wall_ms: float
    min_wall_ms: float
    max_wall_ms: float
    median_cpu_ms: float
    median_rss_mib: float


# --- running commands -------------------------------------------------------

def child_environment() -> Dict[str, str]:
    """This process's environment without the variables that skew Node."""
    env = dict(os.environ)
    for name in REMOVED_ENVIRONMENT:
        env.pop(name, None)
    return env


def program_exists(command: Command) -> bool:
    """True when argv[0] is an executable file (a path, or a name on PATH)."""
    return shutil.which(command.argv[0]) is not None


def check_command(command: Command, env: Dict[str, str]) -> None:
    """The warm-up run: runs `command` once, untimed, and checks its result."""
    completed = subprocess.run(command.argv, env=env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=CHECK_TIMEOUT_SECONDS)
    stdout = completed.stdout.decode("utf-8", "replace")
    if completed.returncode != 0:
        stderr = completed.stderr.decode("utf-8", "replace")
        raise BenchError(f"{command.name} exited with {completed.returncode}: "
                         f"{shlex.join(command.argv)}\n{stderr}")
    if command.expect_stdout is not None and stdout != command.expect_stdout:
        raise BenchError(f"{command.name} printed {stdout!r}, expected "
                         f"{command.expect_stdout!r}: {shlex.join(command.argv)}")


def measure_once(command: Command, env: Dict[str, str]) -> Sample:
    """Runs `command` once and returns its wall time, CPU time and peak RSS.

    posix_spawn + wait4 rather than subprocess: the child is started with no
    more work than needed, and wait4 hands back the resource usage of exactly
    this child.
    """
    quiet = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
             (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
             (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    start = time.perf_counter()
    pid = os.posix_spawnp(command.argv[0], command.argv, env, file_actions=quiet)
    _, status, usage = os.wait4(pid, 0)
    wall_seconds = time.perf_counter() - start

    exit_code = os.waitstatus_to_exitcode(status)
    if exit_code != 0:
        raise BenchError(f"{command.name} exited with {exit_code} during a timed run: "
                         f"{shlex.join(command.argv)}")
    return Sample(wall_ms=wall_seconds * 1000.0,
                  cpu_ms=(usage.ru_utime + usage.ru_stime) * 1000.0,
                  rss_mib=usage.ru_maxrss / 1024.0)  # Linux reports KiB


def run_interleaved(commands: List[Command], runs: int, warmup: int,
                    env: Dict[str, str]) -> Dict[str, List[Sample]]:
    """Warms every command up, then times `runs` rounds of all of them in turn."""
    for command in commands:
        check_command(command, env)
        for _ in range(warmup - 1):
            measure_once(command, env)

    samples: Dict[str, List[Sample]] = {command.name: [] for command in commands}
    for _ in range(runs):
        for command in commands:
            samples[command.name].append(measure_once(command, env))
    return samples


# --- reducing and printing --------------------------------------------------

def summarize(samples: List[Sample]) -> Summary:
    walls = [sample.wall_ms for sample in samples]
    return Summary(runs=len(samples),
                   median_wall_ms=statistics.median(walls),
                   min_wall_ms=min(walls),
                   max_wall_ms=max(walls),
                   median_cpu_ms=statistics.median(sample.cpu_ms for sample in samples),
                   median_rss_mib=statistics.median(sample.rss_mib for sample in samples))


def harness_rss_mib() -> float:
    """This process's own peak RSS: the lowest figure a child can show."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def machine_description(runs: int, warmup: int) -> str:
    load = os.getloadavg()[0]
    return "\n".join([
        f"Machine: {os.cpu_count()} cores, {platform.system()} {platform.release()} "
        f"{platform.machine()}; load average {load:.2f} at start.",
        f"Figures are medians of {runs} runs per command, interleaved round-robin, "
        f"after {warmup} warm-up run(s); min and max show the spread.",
        f"Peak RSS cannot read below this harness's own ({harness_rss_mib():.1f} MiB); "
        f"'*' marks figures that close to it.",
    ])


def format_table(case: Case, summaries: Dict[str, Summary]) -> str:
    floor_mib = harness_rss_mib() + RSS_MARGIN_MIB
    width = max(len(name) for name in summaries) + 2
    lines = [f"  {'command':<{width}}{'wall ms':>9}{'min':>9}{'max':>9}"
             f"{'CPU ms':>9}{'peak RSS MiB':>14}"]
    for name, s in summaries.items():
        mark = "*" if s.median_rss_mib <= floor_mib else " "
        lines.append(f"  {name:<{width}}{s.median_wall_ms:>9.1f}{s.min_wall_ms:>9.1f}"
                     f"{s.max_wall_ms:>9.1f}{s.median_cpu_ms:>9.1f}"
                     f"{s.median_rss_mib:>13.1f}{mark}")
    return "\n".join(lines)


def ratio_pairs(case: Case, names: List[str]) -> List[tuple]:
    """(numerator, denominator) pairs: everything / baseline, then / reference."""
    pairs = []
    if case.baseline in names:
        pairs += [(name, case.baseline) for name in names if name != case.baseline]
    if case.reference in names:
        pairs += [(name, case.reference) for name in names
                  if name not in (case.baseline, case.reference)]
    return pairs


def format_ratios(case: Case, summaries: Dict[str, Summary]) -> str:
    pairs = ratio_pairs(case, list(summaries))
    if not pairs:
        return ""
    labels = [f"{top} / {bottom}" for top, bottom in pairs]
    width = max(len(label) for label in labels) + 2
    lines = [f"  {'ratio of medians':<{width}}{'wall':>8}{'CPU':>8}{'peak RSS':>10}"]
    for label, (top, bottom) in zip(labels, pairs):
        a, b = summaries[top], summaries[bottom]
        lines.append(f"  {label:<{width}}{a.median_wall_ms / b.median_wall_ms:>8.2f}"
                     f"{a.median_cpu_ms / max(b.median_cpu_ms, 0.001):>8.2f}"
                     f"{a.median_rss_mib / b.median_rss_mib:>10.2f}")
    return "\n".join(lines)


def available_commands(case: Case) -> List[Command]:
    """The commands of `case` that can run; raises if a required one cannot."""
    chosen = []
    for command in case.commands:
        if program_exists(command):
            chosen.append(command)
        elif command.optional:
            print(f"  (skipped {command.name}: {command.argv[0]} not found)")
        else:
            raise BenchError(f"{command.name}: program not found: {command.argv[0]}")
    return chosen


def run_case(case: Case, runs: int, warmup: int) -> Dict[str, Summary]:
    """Runs one case and prints its table and ratios; returns the summaries."""
    print(f"\n{case.title}")
    commands = available_commands(case)
    for command in commands:
        print(f"  {command.name}: {shlex.join(command.argv)}")
    sys.stdout.flush()

    samples = run_interleaved(commands, runs, warmup, child_environment())
    summaries = {name: summarize(runs_of_one) for name, runs_of_one in samples.items()}
    print(format_table(case, summaries))
    ratios = format_ratios(case, summaries)
    if ratios:
        print(ratios)
    sys.stdout.flush()
    return summaries


def run_cases(cases: List[Case], runs: int, warmup: int,
              only: Optional[List[str]] = None) -> int:
    """Runs every case in turn (only those whose title contains one of `only`,
    when given); returns a process exit code."""
    if only:
        cases = [case for case in cases if any(text in case.title for text in only)]
        if not cases:
            print(f"no case title contains any of {only}", file=sys.stderr)
            return 1
    print(machine_description(runs, warmup))
    try:
        for case in cases:
            run_case(case, runs, warmup)
    except (BenchError, subprocess.TimeoutExpired) as error:
        print(f"\nbenchmark stopped: {error}", file=sys.stderr)
        return 1
    return 0


def program_version(program: str) -> str:
    """`program --version` as one line, or a note when it cannot tell."""
    try:
        completed = subprocess.run([program, "--version"], env=child_environment(),
                                   capture_output=True, timeout=CHECK_TIMEOUT_SECONDS)
    except OSError:
        return "not found"
    lines = completed.stdout.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "unknown"


# --- command line -----------------------------------------------------------

def argument_parser(description: str) -> argparse.ArgumentParser:
    """The options every bench file shares; a bench file may add its own."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                        help=f"timed runs of each command (default {DEFAULT_RUNS})")
    parser.add_argument("--warmup", type=int, default=DEFAULT_WARMUP,
                        help=f"untimed runs of each command first, at least 1 "
                             f"(default {DEFAULT_WARMUP})")
    return parser


def parse_arguments(parser: argparse.ArgumentParser,
                    argv: Optional[List[str]] = None) -> argparse.Namespace:
    """Parses the command line and checks the shared options."""
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.warmup < 1:
        parser.error("--warmup must be at least 1 (the warm-up run checks the command)")
    return args


def stage_arguments(stage: str, description: str,
                    argv: Optional[List[str]] = None) -> "tuple[argparse.Namespace, str]":
    """The command line of a stage's bench file: --runs, --warmup, --build, --node, --only.

    Returns the parsed options and the path of the stage's executable, after
    printing both programs' versions; stops with a message if the stage is not
    built.
    """
    project_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argument_parser(description)
    parser.add_argument("--build", default=os.path.join(project_root, "build"),
                        help="the CMake build directory (default: build)")
    parser.add_argument("--node", default=shutil.which("node") or "node",
                        help="the Node executable (default: node on PATH)")
    parser.add_argument("--only", action="append", metavar="TEXT",
                        help="run only the cases whose title contains TEXT (may be repeated)")
    args = parse_arguments(parser, argv)
    program = os.path.join(os.path.abspath(args.build), "bin", stage)
    if not os.access(program, os.X_OK):
        sys.exit(f"{program} not found; build it first: make -C {args.build} {stage}")
    print(f"{stage}: {program_version(program)}; node: {program_version(args.node)}")
    return args, program


def parse_named_command(text: str) -> Command:
    """'name=program arg ...' -> Command (the part after '=' is split as a shell would)."""
    name, separator, line = text.partition("=")
    if not separator or not name or not line.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=COMMAND, got {text!r}")
    return Command(name=name, argv=shlex.split(line))


def main(argv: List[str]) -> int:
    parser = argument_parser("Time whole-process runs of commands, interleaved, "
                             "and compare their medians.")
    parser.add_argument("commands", nargs="+", type=parse_named_command,
                        metavar="NAME=COMMAND", help="a command to time, with a short name")
    parser.add_argument("--baseline", help="the name to divide by (default: the first)")
    parser.add_argument("--reference", help="a second name to divide by")
    args = parse_arguments(parser, argv)

    names = [command.name for command in args.commands]
    for chosen in (args.baseline, args.reference):
        if chosen is not None and chosen not in names:
            parser.error(f"{chosen!r} is not one of the names: {', '.join(names)}")
    case = Case(title="commands", commands=args.commands,
                baseline=args.baseline or names[0], reference=args.reference)
    return run_cases([case], runs=args.runs, warmup=args.warmup)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
