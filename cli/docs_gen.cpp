#include "cli/docs_gen.hpp"

#include <sstream>

namespace claimex::cli {
namespace {

// Subcommands in the order they were added, the hidden ones (no group) left out;
// "rules" stands for its own subcommands ("rules check", "rules list").
struct Command {
  std::string name;
  const CLI::App* app;
};

std::vector<Command> commands(const CLI::App& app) {
  std::vector<Command> out;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
    out.push_back({sub->get_name(), sub});
    for (const CLI::App* leaf : sub->get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
      out.push_back({sub->get_name() + " " + leaf->get_name(), leaf});
  }
  return out;
}

std::vector<const CLI::Option*> options_of(const CLI::App& app) {
  std::vector<const CLI::Option*> out;
  for (const CLI::Option* o : app.get_options())
    if (!o->get_positional() && !o->get_group().empty()) out.push_back(o);
  return out;
}

std::vector<std::string> flag_names(const CLI::Option& o) {
  std::vector<std::string> names;
  for (const auto& s : o.get_snames()) names.push_back("-" + s);
  for (const auto& l : o.get_lnames()) names.push_back("--" + l);
  return names;
}

bool takes_value(const CLI::Option& o) { return o.get_items_expected_max() > 0; }

// roff: a leading dot or quote would be a request; backslashes and dashes escaped.
std::string roff(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

std::string roff_lines(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) out += roff(line) + "\n";
  return out;
}

std::string words(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : " ") + x;
  return s;
}

}  // namespace

std::string man_page(const CLI::App& app, const std::string& version) {
  std::string out = ".TH CLAIMEX 1 \"\" \"claimex " + version + "\" \"User Commands\"\n";
  out += ".SH NAME\nclaimex \\- " + roff(app.get_description().substr(app.get_description().find(':') + 2)) + "\n";
  out += ".SH SYNOPSIS\n";
  for (const Command& c : commands(app))
    if (c.app->get_subcommands({}).empty()) out += ".B claimex " + roff(c.name) + "\n[\\fIOPTIONS\\fR]\n.br\n";
  out += ".SH DESCRIPTION\nclaimex reads news articles (text files, folders, stdin, JSON Lines) and writes one JSON\n"
         "object per article: dates, places, actors, claims and anonymity markers, with offsets into the\n"
         "original text (schema claimex/1). Diagnostics go to stderr; results to stdout unless \\-o.\n";
  for (const Command& c : commands(app)) {
    out += ".SH \"" + roff("claimex " + c.name) + "\"\n" + roff(c.app->get_description()) + "\n";
    for (const CLI::Option* o : c.app->get_options())
      if (o->get_positional())
        out += ".TP\n.I " + roff(o->get_name()) + "\n" + roff(o->get_description()) + "\n";
    for (const CLI::Option* o : options_of(*c.app)) {
      std::string names;
      for (const auto& n : flag_names(*o)) names += (names.empty() ? "" : ", ") + std::string("\\fB") + roff(n) + "\\fR";
      if (takes_value(*o)) names += " \\fI" + (o->get_option_text().empty() ? std::string("VALUE") : roff(o->get_option_text())) + "\\fR";
      out += ".TP\n" + names + "\n" + roff(o->get_description());
      if (!o->get_default_str().empty()) out += " (default: " + roff(o->get_default_str()) + ")";
      out += "\n";
    }
    if (!c.app->get_footer().empty()) out += ".PP\n.nf\n" + roff_lines(c.app->get_footer()) + ".fi\n";
  }
  out += ".SH EXIT STATUS\n.TP\n0\nsuccess (also: the output pipe closed early)\n.TP\n1\nrules check found problems; "
         "eval below a \\-\\-min; diff found changes\n.TP\n2\nusage error, or fatal: rules fail to load, output "
         "cannot be written\n.TP\n3\nfinished, but some records became error lines\n.TP\n130\nstopped by SIGINT or SIGTERM\n";
  out += ".SH ENVIRONMENT\n.TP\nCLAIMEX_RULES\nthe rules directory when \\-\\-rules is not given\n.TP\nNO_COLOR\n"
         "no colour in explain's output\n.SH SEE ALSO\n.BR jq (1),\n.BR parallel (1)\n";
  return out;
}

std::string bash_completion(const CLI::App& app) {
  std::string cases, tops;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
    tops += (tops.empty() ? "" : " ") + sub->get_name();
  for (const Command& c : commands(app)) {
    std::vector<std::string> names;
    for (const CLI::Option* o : options_of(*c.app))
      for (const auto& n : flag_names(*o)) names.push_back(n);
    for (const CLI::App* leaf : c.app->get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
      names.push_back(leaf->get_name());
    cases += "    \"" + c.name + "\") opts=\"" + words(names) + "\" ;;\n";
  }
  return "# bash completion for claimex (generated by `claimex generate bash`)\n"
         "_claimex() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} cmd=\"\" opts i\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    [[ ${COMP_WORDS[i]} == -* ]] && continue\n"
         "    if [[ -z $cmd ]]; then cmd=${COMP_WORDS[i]}; elif [[ $cmd == rules ]]; then cmd=\"rules ${COMP_WORDS[i]}\"; fi\n"
         "  done\n"
         "  case $cmd in\n"
         "    \"\") opts=\"" + tops + " --help --version\" ;;\n" + cases +
         "    *) opts=\"\" ;;\n"
         "  esac\n"
         "  if [[ $cur == -* || $cmd == \"\" || $cmd == rules ]]; then\n"
         "    mapfile -t COMPREPLY < <(compgen -W \"$opts --help\" -- \"$cur\")\n"
         "  else\n"
         "    mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
         "  fi\n"
         "}\n"
         "complete -o filenames -F _claimex claimex\n";
}

std::string zsh_completion(const CLI::App& app) {
  std::string out = "#compdef claimex\n# zsh completion for claimex (generated by `claimex generate zsh`)\n_claimex() {\n"
                    "  local -a commands\n  commands=(\n";
  for (const Command& c : commands(app)) {
    std::string desc = c.app->get_description();
    for (char& ch : desc)
      if (ch == '\'' || ch == ':') ch = ' ';
    out += "    '" + (c.name.find(' ') == std::string::npos ? c.name : c.name.substr(c.name.find(' ') + 1)) + ":" + desc + "'\n";
  }
  out += "  )\n  if (( CURRENT == 2 )); then _describe command commands; return; fi\n  case ${words[2]} in\n";
  for (const Command& c : commands(app)) {
    if (c.name.find(' ') != std::string::npos) continue;
    out += "    " + c.name + ") _arguments";
    for (const CLI::Option* o : options_of(*c.app)) {
      std::string desc = o->get_description();
      for (char& ch : desc)
        if (ch == '\'' || ch == '[' || ch == ']' || ch == ':') ch = ' ';
      for (const auto& n : flag_names(*o)) out += " '" + n + "[" + desc + "]" + (takes_value(*o) ? ":value:" : "") + "'";
    }
    out += " '*:file:_files' ;;\n";
  }
  out += "  esac\n}\n_claimex \"$@\"\n";
  return out;
}

}  // namespace claimex::cli
