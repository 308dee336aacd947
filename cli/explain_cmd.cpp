#include "cli/explain_cmd.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <unistd.h>

#include "cli/exit_codes.hpp"
#include "cli/rule_files.hpp"

namespace claimex::cli {
namespace {

struct Palette {
  const char *kept, *lost, *quoted, *rule, *dim, *reset;
};
constexpr Palette kColor{"\033[32m", "\033[33m", "\033[90m", "\033[36m", "\033[2m", "\033[0m"};
constexpr Palette kPlain{"", "", "", "", "", ""};

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

// Named groups of the rule's whole match, as name="text".
std::string captures(const Rule& rule, std::string_view text, const Span& whole) {
  const RE2& re = rule.regex();
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(n);
  const re2::StringPiece all(text.data(), text.size());
  if (!re.Match(all, whole.start, whole.end, RE2::ANCHOR_BOTH, groups.data(), n)) return {};
  std::string out;
  for (const auto& [name, index] : re.NamedCapturingGroups())
    if (groups[index].data() != nullptr)
      out += (out.empty() ? "" : " ") + name + "=\"" + std::string(groups[index].data(), groups[index].size()) + "\"";
  return out;
}

}  // namespace

std::string explain(const Pipeline& pipeline, const Document& doc, bool color) {
  const Palette& c = color ? kColor : kPlain;
  const Analysis a = pipeline.analyse(doc);
  const std::string& text = a.norm.text();
  const RuleSet& rules = pipeline.rules();
  const UnitCounter counter(doc.text);
  auto cp = [&](const Span& s) {
    const std::size_t os = a.norm.to_original_start(s.start), oe = a.norm.to_original_end(s.end);
    return "[" + std::to_string(counter.convert(os, OffsetUnit::codepoint)) + "," +
           std::to_string(counter.convert(oe, OffsetUnit::codepoint)) + ")";
  };

  std::ostringstream out;
  out << "article date: " << (a.dct ? a.dct->iso() : "none") << " (" << to_string(a.dct_source) << "); "
      << a.segments.paragraphs.size() << " paragraph(s), " << a.segments.sentences.size() << " sentence(s)\n";
  for (const auto& w : a.warnings) out << "warning: " << w.code << ": " << w.message << "\n";

  // Every candidate of every extractor, in text order, with what became of it.
  struct Entry {
    Span span, whole;
    std::size_t rule;
    const char* fate;
    const char* colour;
    std::string what;     // the attributes it carries or produced
    std::string lost_to;  // "lost to <rule> [s,e)" or "joined <rule> [s,e)"
  };
  std::vector<Entry> entries;
  const auto markers = anonymity_candidates(rules, text, a.segments);
  for (const MarkerCandidate& m : markers) {
    using F = MarkerCandidate::Fate;
    const Rule& r = rules.rules()[m.hit.rule];
    Entry e{m.hit.span, m.hit.whole, m.hit.rule, m.fate == F::kept ? "kept    " : m.fate == F::inside_quote ? "in quote" : "lost    ",
            m.fate == F::kept ? c.kept : m.fate == F::inside_quote ? c.quoted : c.lost,
            "kind=" + r.attributes.at("kind") + " priority=" + std::to_string(r.priority), ""};
    if (m.fate == F::overlapped)
      e.lost_to = "lost to " + rules.rules()[markers[m.lost_to].hit.rule].id + " " + cp(markers[m.lost_to].hit.span);
    entries.push_back(std::move(e));
  }
  const auto dates = date_candidates(rules, pipeline.date_lexicon(), {text, &a.segments, a.dct});
  for (const DateCandidate& d : dates) {
    using F = DateCandidate::Fate;
    const Rule& r = rules.rules()[d.hit.rule];
    std::string what = "type=" + d.type;
    if (d.fate == F::kept || d.fate == F::joined) what += " value=" + d.value + (d.mod.empty() ? "" : " mod=" + d.mod);
    what += " priority=" + std::to_string(r.priority);
    Entry e{d.hit.span, d.hit.whole, d.hit.rule,
            d.fate == F::kept ? "kept    " : d.fate == F::joined ? "joined  " : d.fate == F::unresolved ? "no value" : "lost    ",
            d.fate == F::kept ? c.kept : c.lost, what, ""};
    if (d.fate == F::overlapped || d.fate == F::joined)
      e.lost_to = std::string(d.fate == F::joined ? "joined " : "lost to ") + rules.rules()[dates[d.lost_to].hit.rule].id +
                  " " + cp(dates[d.lost_to].hit.span);
    entries.push_back(std::move(e));
  }
  const auto actors = actor_candidates(rules, {text, &a.segments, &a.places, &pipeline.gazetteer()});
  for (const ActorCandidate& m : actors) {
    using F = ActorCandidate::Fate;
    const Rule& r = rules.rules()[m.hit.rule];
    Entry e{m.hit.span, m.hit.whole, m.hit.rule, m.fate == F::kept ? "kept    " : m.fate == F::place ? "a place " : m.fate == F::inside_quote ? "in quote" : "lost    ",
            m.fate == F::kept ? c.kept : c.lost, "kind=" + r.attributes.at("kind") + " priority=" + std::to_string(r.priority),
            ""};
    if (m.fate == F::overlapped)
      e.lost_to = "lost to " + rules.rules()[actors[m.lost_to].hit.rule].id + " " + cp(actors[m.lost_to].hit.span);
    entries.push_back(std::move(e));
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& x, const Entry& y) { return x.span.start < y.span.start; });

  std::size_t next = 0;
  for (std::size_t si = 0; si < a.segments.sentences.size(); ++si) {
    const Span s = a.segments.sentences[si].span;
    if (next >= entries.size() || entries[next].span.start >= s.end) continue;
    out << "\n" << c.dim << "sentence " << si + 1 << " " << cp(s) << ": " << one_line(text.substr(s.start, s.size()))
        << c.reset << "\n";
    for (; next < entries.size() && entries[next].span.start < s.end; ++next) {
      const Entry& e = entries[next];
      const Rule& r = rules.rules()[e.rule];
      out << "  " << e.colour << e.fate << " " << cp(e.span) << " \"" << one_line(text.substr(e.span.start, e.span.size()))
          << "\"" << c.reset << "  " << c.rule << r.id << c.reset << "  " << e.what << "\n";
      if (const std::string g = captures(r, text, e.whole); !g.empty()) out << "           groups: " << g << "\n";
      if (!e.lost_to.empty()) out << "           " << e.lost_to << "\n";
    }
  }
  if (entries.empty()) out << "\nno rule fired\n";
  return out.str();
}

int run_explain(const ExplainOptions& o, const char* argv0, std::ostream& out) {
  const auto rules = load_rule_dir(locate_rules_dir(o.rules_dir, argv0), std::cerr);
  if (!rules) return kExitUsage;
  Document doc;
  std::error_code ec;
  if (o.input == "-") {
    doc.id = "-";
    doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else if (std::filesystem::is_regular_file(o.input, ec)) {
    std::ifstream in(o.input, std::ios::binary);
    doc.id = o.input;
    doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } else {
    doc.id = "<argument>";
    doc.text = o.input;
  }
  const bool color = o.color == "always" || (o.color == "auto" && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
  out << explain(Pipeline(rules), doc, color);
  return kExitOk;
}

}  // namespace claimex::cli
