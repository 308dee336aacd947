// claimex: the command line. Parses arguments and hands over to a command;
// every exit code is one of cli/exit_codes.hpp.
#include <cstdlib>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>

#include "cli/diff_cmd.hpp"
#include "cli/docs_gen.hpp"
#include "cli/eval_cmd.hpp"
#include "cli/exit_codes.hpp"
#include "cli/explain_cmd.hpp"
#include "cli/render_cmd.hpp"
#include "cli/extract_cmd.hpp"
#include "cli/rules_cmd.hpp"

using namespace claimex;
using namespace claimex::cli;

namespace {
// --date YYYY-MM-DD: the article date of records that carry none.
bool read_date_flag(const std::string& flag, claimex::cli::InputOptions& input) {
  if (flag.empty()) return true;
  input.date_fallback = claimex::parse_iso_date(flag);
  if (input.date_fallback && flag.size() == 10) return true;
  std::cerr << "claimex: --date must be YYYY-MM-DD, got '" << flag << "'\n";
  return false;
}
}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"claimex: who claimed what, when, where, and how openly the source was identified"};
  app.set_version_flag("--version", std::string("claimex ") + CLAIMEX_VERSION);
  app.require_subcommand(1);

  ExtractOptions ex;
  ex.jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string date_flag, offsets = "codepoint", format = "auto";
  auto* extract = app.add_subcommand("extract", "articles -> JSON Lines (schema claimex/1)");
  extract->add_option("paths", ex.paths, "files, folders (.txt and .jsonl inside), or - for stdin (the default)");
  extract->add_option("-o,--output", ex.output, "write here instead of stdout (atomically: FILE.tmp.PID, then renamed)");
  extract->add_option("--rules", ex.rules_dir, "rules directory (default: $CLAIMEX_RULES, the installed copy, or the source tree's)");
  extract->add_flag("--pretty", ex.pretty, "indented JSON for humans (not one line per record)");
  extract->add_option("--offsets", offsets, "unit of start/end: codepoint, utf8 (bytes) or utf16")
      ->check(CLI::IsMember({"codepoint", "utf8", "utf16"}));
  extract->add_option("-j,--jobs", ex.jobs, "worker threads (default: number of cores); output stays in input order")
      ->check(CLI::Range(1u, 1024u));
  extract->add_option("--date", date_flag, "article date YYYY-MM-DD for records that carry none");
  extract->add_option("--id-field", ex.input.id_field, "JSON Lines field holding the id")->default_val("id");
  extract->add_option("--text-field", ex.input.text_field, "JSON Lines field holding the text")->default_val("text");
  extract->add_option("--date-field", ex.input.date_field, "JSON Lines field holding the article date")->default_val("date");
  extract->add_option("--format", format, "input format: auto (by extension; stdin by its first byte), text, jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  extract->add_option("--max-bytes", ex.input.max_bytes, "largest article accepted; larger ones become error records")
      ->default_val(64u << 20);
  extract->add_flag("--fail-fast", ex.fail_fast, "stop after the first record that cannot be processed");
  extract->add_flag("-q,--quiet", ex.quiet, "no progress and no closing summary on stderr (errors still show)");
  extract->footer(
      "Examples:\n"
      "  claimex extract corpus/dev/tripoli-ceasefire-talks.txt --pretty\n"
      "  claimex extract archive.jsonl --jobs 2 -o results.jsonl\n"
      "  cat articles.jsonl | claimex extract --only claims | jq -c '.claims[] | {speaker: .source.name, anonymous}'\n"
      "  claimex extract --text-field body --date-field published news.jsonl\n");
  std::string only;
  extract->add_option("--only", only,
                      "write only these fields, comma-separated: dates, places, actors, markers, claims "
                      "(runs what they need: claims need the rest, actors need places)");

  std::string rules_dir;
  auto* rules = app.add_subcommand("rules", "compile, check and list the rule files");
  rules->require_subcommand(1);
  rules->add_option("--rules", rules_dir, "rules directory");
  auto* check = rules->add_subcommand("check", "compile every rule, run its examples, lint; exit 1 on any problem");
  auto* list = rules->add_subcommand("list", "one line per rule");
  rules->footer("Examples:\n  claimex rules check\n  claimex rules check --rules ../my-rules\n  claimex rules list | grep ^dates/\n");
  check->footer("Examples:\n  claimex rules check\n  claimex rules check --rules ../my-rules   # a rule change before it merges\n");
  list->footer("Examples:\n  claimex rules list | grep ^claims/\n  claimex rules list | wc -l\n");
  check->fallthrough();  // `rules check --rules DIR` as well as `rules --rules DIR check`
  list->fallthrough();

  EvalOptions ev;
  std::vector<std::string> minimum;
  auto* eval = app.add_subcommand("eval", "precision, recall and F1 against the gold annotation of a corpus");
  eval->add_option("--gold", ev.gold, "folder (or .txt / .jsonl file) of articles with NAME.gold.json beside them")->required();
  eval->add_option("--rules", ev.rules_dir, "rules directory");
  eval->add_flag("--json", ev.json, "scores as JSON");
  eval->add_flag("--misses", ev.misses, "list misses and false positives with context");
  eval->add_option("--min", minimum, "FIELD=F1: exit 1 when FIELD's F1 is lower (repeatable)");
  eval->footer("Examples:\n  claimex eval --gold corpus/test\n  claimex eval --gold corpus/dev --misses\n"
               "  claimex eval --gold corpus/test --min claims.cue=0.95 --json | jq '.fields[\"claims.cue\"]'\n");

  DiffOptions df;
  std::vector<std::string> diff_args;
  std::string diff_format = "text";
  auto* diff = app.add_subcommand("diff", "what changed between two runs (OLD.jsonl NEW.jsonl) or two rule sets; exit 1 on changes");
  diff->add_option("files_or_paths", diff_args, "OLD.jsonl NEW.jsonl, or with --rules-old/--rules-new the articles to run");
  diff->add_option("--rules-old", df.rules_old, "rules directory before the change");
  diff->add_option("--rules-new", df.rules_new, "rules directory after the change");
  diff->add_option("--format", diff_format, "text, json or markdown (for a review)")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  diff->footer("Examples:\n  claimex diff before.jsonl after.jsonl\n"
               "  claimex diff --rules-old rules --rules-new ../my-rules corpus --format markdown\n");

  RenderOptions rd;
  auto* render = app.add_subcommand("render", "articles -> one self-contained HTML report (highlights, speakers, sourcing charts)");
  render->add_option("paths", rd.paths, "files, folders (.txt and .jsonl inside), or - for stdin (the default)");
  render->add_option("-o,--output", rd.output, "write the page here instead of stdout");
  render->add_option("--rules", rd.rules_dir, "rules directory");
  render->add_option("--title", rd.title, "the page's title")->default_val("claimex report");
  render->add_option("--date", date_flag, "article date YYYY-MM-DD for records that carry none");
  render->add_option("--results", rd.results,
                     "show this saved `claimex extract` output (matched to the articles by id) instead of extracting again");
  render->add_option("--offsets", rd.results_unit, "the unit --results was written in: codepoint, utf8 or utf16")
      ->check(CLI::IsMember({"codepoint", "utf8", "utf16"}))
      ->default_val("codepoint");
  render->add_option("--max-articles", rd.max_articles, "articles shown at most (the rest are counted on stderr)")
      ->default_val(5000);
  render->footer("Examples:\n  claimex render corpus/dev/tripoli-ceasefire-talks.txt -o report.html\n"
                 "  claimex render corpus -o corpus.html --title 'Corpus, December'\n"
                 "  claimex extract archive.jsonl -o out.jsonl && claimex render archive.jsonl --results out.jsonl -o out.html\n");

  ExplainOptions xp;
  auto* explain = app.add_subcommand("explain", "which rules fired where, and why a hit was kept or lost");
  explain->add_option("input", xp.input, "the text itself, a path to an article, or - for stdin")->required();
  explain->add_option("--rules", xp.rules_dir, "rules directory");
  explain->add_option("--color", xp.color, "auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  explain->footer("Examples:\n  claimex explain 'He spoke on condition of anonymity because he was not authorized to speak.'\n"
                  "  claimex explain corpus/dev/tripoli-ceasefire-talks.txt --color never | less\n");

  // For the build: the man page and completions from this very table.
  std::string generate_what;
  auto* generate = app.add_subcommand("generate", "print the man page or a shell completion (man, bash, zsh)");
  generate->add_option("what", generate_what, "man, bash or zsh")->required()->check(CLI::IsMember({"man", "bash", "zsh"}));
  generate->group("");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  if (*extract) {
    if (!read_date_flag(date_flag, ex.input)) return kExitUsage;
    if (extract->count("--only")) {
      std::string problem;
      const auto selection = Selection::parse(only, problem);
      if (!selection) {
        std::cerr << "claimex: --only: " << problem << "\n";
        return kExitUsage;
      }
      ex.only = *selection;
    }
    ex.unit = offsets == "utf8" ? OffsetUnit::utf8 : offsets == "utf16" ? OffsetUnit::utf16 : OffsetUnit::codepoint;
    ex.input.format = format == "text" ? InputFormat::text : format == "jsonl" ? InputFormat::jsonl : InputFormat::automatic;
    return run_extract(ex, argv[0]);
  }
  if (*eval) {
    for (const std::string& m : minimum) {
      const auto eq = m.find('=');
      char* end = nullptr;
      const double v = eq == std::string::npos ? 0 : std::strtod(m.c_str() + eq + 1, &end);
      if (eq == std::string::npos || end == m.c_str() + eq + 1 || *end != '\0' || v < 0 || v > 1) {
        std::cerr << "claimex: --min takes FIELD=F1 with F1 in [0, 1], got '" << m << "'\n";
        return kExitUsage;
      }
      ev.minimum[m.substr(0, eq)] = v;
    }
    return run_eval(ev, argv[0], std::cout);
  }
  if (*diff) {
    df.format = diff_format == "json" ? DiffFormat::json : diff_format == "markdown" ? DiffFormat::markdown : DiffFormat::text;
    if (df.rules_old.empty() && df.rules_new.empty()) {
      if (diff_args.size() != 2) {
        std::cerr << "claimex diff: give OLD.jsonl NEW.jsonl, or --rules-old DIR --rules-new DIR PATH...\n";
        return kExitUsage;
      }
      df.old_path = diff_args[0];
      df.new_path = diff_args[1];
    } else {
      df.paths = diff_args;
    }
    return run_diff(df, std::cout);
  }
  if (*generate) {
    std::cout << (generate_what == "man"    ? man_page(app, CLAIMEX_VERSION)
                  : generate_what == "bash" ? bash_completion(app)
                                            : zsh_completion(app));
    return kExitOk;
  }
  if (*render) {
    if (!read_date_flag(date_flag, rd.input)) return kExitUsage;
    return run_render(rd, argv[0]);
  }
  if (*explain) return run_explain(xp, argv[0], std::cout);
  if (*check) return run_rules_check(rules_dir, argv[0], std::cout);
  if (*list) return run_rules_list(rules_dir, argv[0], std::cout);
  return kExitUsage;
}
