#include "extract/actors.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <span>

#include "extract/noun_phrase.hpp"

namespace claimex {

ExtractorSpec actors_spec() {
  return {"actors",
          {{"kind",
            true,
            {"person", "organization", "government", "military", "armed_group", "media", "descriptor", "by_table",
             "by_head"}}},
          {}};
}

ActorLexicon::ActorLexicon(const RuleSet& rules) {
  if (const Table* t = rules.table("actors/organizations.tsv"))
    for (const auto& r : t->rows)
      if (r.size() >= 4) known_.emplace(r[0], KnownOrg{r[1], r[2], r[3]});
  if (const Table* t = rules.table("actors/org_heads.tsv"))
    for (const auto& r : t->rows)
      if (r.size() >= 2) {
        heads_.emplace(r[0], r[1]);
        if (r.size() >= 3 && r[2] == "yes") inner_heads_.insert(r[0]);
        if (r.size() >= 4 && !r[3].empty()) placed_.emplace(r[0], r[3]);
      }
  if (const Table* t = rules.table("actors/lead_words.tsv"))
    for (const auto& r : t->rows)
      if (!r.empty()) lead_.insert(r[0]);
  if (const Table* t = rules.table("places/compound_suffixes.tsv"))
    for (const auto& r : t->rows)
      if (r.size() >= 3 && r[2] == "yes") body_suffixes_.insert(r[0]);
  if (const Table* t = rules.table("places/feature_words.tsv"))
    for (const auto& r : t->rows)
      if (!r.empty()) {
        features_.insert(r[0]);
        if (r.size() >= 2 && r[1] == "yes") feature_openers_.insert(r[0]);
      }
  if (const Table* t = rules.table("actors/demonyms.tsv"))
    for (const auto& r : t->rows)
      if (r.size() >= 2) demonyms_.emplace(r[0], r[1]);
  if (const Table* t = rules.table("actors/state_words.tsv"))
    for (const auto& r : t->rows)
      if (!r.empty()) state_words_.insert(r[0]);
}

const ActorLexicon::KnownOrg* ActorLexicon::known(std::string_view name) const {
  auto it = known_.find(name);
  return it == known_.end() ? nullptr : &it->second;
}

std::string ActorLexicon::head_kind(std::string_view head, std::string_view word_before) const {
  if (!word_before.empty()) {
    auto two = heads_.find(std::string(word_before) + " " + std::string(head));
    if (two != heads_.end()) return two->second;
  }
  auto it = heads_.find(head);
  return it == heads_.end() ? "organization" : it->second;
}

std::string ActorLexicon::demonym_country(std::string_view word) const {
  auto it = demonyms_.find(word);
  return it == demonyms_.end() ? "" : it->second;
}

namespace {

// The word that ends one space before `at`, if it starts at or after `from`.
std::string_view word_ending_before(std::string_view text, std::size_t at, std::size_t from) {
  if (at < from + 2 || text[at - 1] != ' ') return {};
  std::size_t start = at - 1;
  while (start > from && text[start - 1] != ' ') --start;
  return text.substr(start, at - 1 - start);
}

std::string_view capture(const RuleSet& rules, const Hit& h, std::string_view text, std::string_view name) {
  const Rule& r = rules.rules()[h.rule];
  for (const Capture& c : h.captures) {
    const std::string& n = r.captures[c.name].second;
    if (n == name || (n.size() > name.size() && n.starts_with(name) && n[name.size()] == '_'))
      return text.substr(c.start, c.end - c.start);
  }
  return {};
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80); }

// The words of [from, to), split at spaces.
std::vector<std::string_view> words(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<std::string_view> out;
  std::size_t i = from;
  while (i < to) {
    while (i < to && !word_char(text[i])) ++i;
    std::size_t j = i;
    while (j < to && word_char(text[j])) ++j;
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

// The places that can contain or touch s: those starting from a place
// name's length before it to its end (places come sorted by start).
std::span<const PlaceMention> places_near(const ActorInput& in, const Span& s) {
  constexpr std::size_t kLongestName = 200;
  const auto& v = *in.places;
  const std::size_t from = s.start > kLongestName ? s.start - kLongestName : 0;
  const auto lo = std::partition_point(v.begin(), v.end(), [&](const PlaceMention& p) { return p.span.start < from; });
  const auto hi = std::partition_point(lo, v.end(), [&](const PlaceMention& p) { return p.span.start < s.end; });
  return {lo, hi};
}

// The country an actor belongs to: a demonym in it or just before it
// ("Kenyan officials", "British troops"), a place inside it ("Kenya Ports
// Authority") or a place's possessive before it ("Iraq's Defense Ministry").
std::string country_of(const ActorLexicon& lex, const ActorInput& in, const Span& s, std::string_view title) {
  const std::size_t before = s.start > 40 ? s.start - 40 : 0;
  auto prev = words(in.text, before, s.start);
  auto inside = words(in.text, s.start, s.end);
  for (std::string_view w : words(title, 0, title.size())) inside.push_back(w);
  // "the Australian-listed Southern Cross Metals": where the body sits, when
  // its name says nothing ("Britain-based Syrian Observatory" is Syria's;
  // "Iranian-backed" says who backs it, and gives nothing).
  std::vector<std::string_view> located;
  std::erase_if(inside, [&](std::string_view w) {
    for (std::string_view where : {"-listed", "-based", "-registered", "-headquartered"})
      if (w.ends_with(where)) return located.push_back(w.substr(0, w.size() - where.size())), true;
    return false;
  });
  inside.insert(inside.end(), located.begin(), located.end());
  for (std::string_view w : inside) {
    if (auto c = lex.demonym_country(w); !c.empty()) return c;
    if (const auto* k = lex.known(w); k && !k->country.empty()) return k->country;  // "Hezbollah fighters"
    if (in.gazetteer && !w.empty() && std::isupper(static_cast<unsigned char>(w[0])))
      if (const auto* ids = in.gazetteer->find(fold_place_key(w)))
        for (auto id : *ids)
          if (in.gazetteer->place(id).kind == PlaceKind::country && in.gazetteer->place(id).form == fold_place_key(w, true))
            return in.gazetteer->place(id).country;
  }
  if (!prev.empty())
    if (auto c = lex.demonym_country(prev.back()); !c.empty()) return c;
  for (const PlaceMention& p : places_near(in, s)) {
    if (s.contains(p.span)) return p.country;
    // "Iraq's Defense Ministry": the place ends three bytes ("'s ") before.
    if (p.span.end + 3 == s.start && in.text.compare(p.span.end, 3, "'s ") == 0) return p.country;
  }
  return "";
}

bool is_place(const ActorInput& in, const Span& s) {
  const auto near = places_near(in, s);
  return std::any_of(near.begin(), near.end(), [&](const PlaceMention& p) { return p.span.contains(s); });
}

bool is_body(const ActorMention& a) { return a.kind != "person" && a.kind != "descriptor"; }

// Where mentions stand, start -> end, for overlap tests in log time: the
// passes below test every word of a story against every actor found, and a
// story may hold tens of thousands of both. Mentions kept so far do not
// overlap, so the one starting last before a span is the only one that can
// reach into it.
class Occupied {
 public:
  explicit Occupied(const std::vector<ActorMention>& out) {
    for (const ActorMention& a : out) add(a.span);
  }
  void add(const Span& s) {
    std::size_t& end = ends_[s.start];
    end = std::max(end, s.end);
  }
  bool overlaps(const Span& s) const {
    auto next = ends_.lower_bound(s.start);
    if (next != ends_.end() && next->first < s.end) return true;
    return next != ends_.begin() && std::prev(next)->second > s.start;
  }

 private:
  std::map<std::size_t, std::size_t> ends_;
};

// "Osman said", "al-Hamdan's": a capitalised word that ends the full name of
// a person named earlier is that person.
// "737-800", "737 jets": digits that name a product, not an amount ("4
// million shillings", "5%").
bool model_number(std::string_view text, std::size_t at) {
  std::size_t e = at;
  while (e < text.size() && (std::isdigit(static_cast<unsigned char>(text[e])) || text[e] == ',' || text[e] == '.')) ++e;
  if (e == at) return false;
  const std::string_view rest = text.substr(e, 12);
  for (std::string_view amount : {"%", " million", " billion", " trillion", " percent", " per cent"})
    if (rest.starts_with(amount)) return false;
  return true;
}

// A company's short name: "Hanbit Semiconductor" ... "Hanbit", "Andes Salar
// Minerals" ... "Andes Salar". Only bodies of kind organization, whose
// leading words are no place, demonym or sentence word: "Kenya Ports
// Authority" gives no "Kenya", "Interior Ministry" no "Interior".
void add_org_aliases(const ActorLexicon& lex, const ActorInput& in, std::vector<ActorMention>& out) {
  struct Short {
    std::string form, name, kind;
    std::size_t after;
  };
  std::vector<Short> shorts;
  for (const ActorMention& a : out) {
    // Any body's name written again as it was: "payments company Kassavirta"
    // ... "Kassavirta said", where no rule has context for the bare name;
    // before the words that told us, too ("blocked Stellantis from closing"
    // ... "Stellantis, which makes Jeep").
    if (is_body(a) && std::isupper(static_cast<unsigned char>(in.text[a.span.start])))
      shorts.push_back({std::string(in.text.substr(a.span.start, a.span.size())),
                        a.name.empty() ? std::string(in.text.substr(a.span.start, a.span.size())) : a.name, a.kind, 0});
    if (a.kind != "organization") continue;
    const auto ws = words(in.text, a.span.start, a.span.end);
    if (ws.size() < 2 || lex.lead_word(ws[0]) || !lex.demonym_country(ws[0]).empty() || is_place(in, {a.span.start, a.span.start + ws[0].size()}))
      continue;
    const std::string name = a.name.empty() ? std::string(in.text.substr(a.span.start, a.span.size())) : a.name;
    for (std::size_t n = ws.size() - 1; n >= 1; --n) {
      const std::size_t end = static_cast<std::size_t>(ws[n - 1].data() - in.text.data()) + ws[n - 1].size();
      shorts.push_back({std::string(in.text.substr(a.span.start, end - a.span.start)), name, a.kind, a.span.end});
    }
  }
  // One search per form, from its first mention: a body named a thousand
  // times must not search the story a thousand times.
  std::set<std::string> seen;
  std::erase_if(shorts, [&](const Short& sh) { return !seen.insert(sh.form).second; });
  if (shorts.empty()) return;
  Occupied occupied(out);
  std::vector<ActorMention> found;
  for (ActorMention& a : out) {
    // "Andes Salar" typed a person by a verb of saying: the company.
    // "Redgum said it would appeal" after "Redgum Resources": the full name.
    for (const Short& sh : shorts) {
      if (in.text.substr(a.span.start, a.span.size()) != sh.form || a.span.start < sh.after) continue;
      if (a.kind == "person") a.kind = sh.kind, a.name = sh.name, a.title.clear();
      else if (a.kind == sh.kind && a.name == sh.form) a.name = sh.name;
    }
  }
  for (const Short& sh : shorts) {
    for (std::size_t p = in.text.find(sh.form, sh.after); p != std::string_view::npos; p = in.text.find(sh.form, p + 1)) {
      const Span span{p, p + sh.form.size()};
      const bool bounded = (p == 0 || !word_char(in.text[p - 1])) &&
                           (span.end >= in.text.size() || !word_char(in.text[span.end]) ||
                            in.text.compare(span.end, 2, "'s") == 0);
      // "Hanbit Semiconductor" again is the full name, not the short one;
      // "the Boeing 737-800" is a plane ("fined Pesalink 4 million" is not).
      const bool longer = span.end + 1 < in.text.size() && in.text[span.end] == ' ' &&
                          (std::isupper(static_cast<unsigned char>(in.text[span.end + 1])) || model_number(in.text, span.end + 1));
      if (bounded && !longer && !occupied.overlaps(span) && !is_place(in, span)) {
        found.push_back({span, sh.kind, sh.name, "", "", "actors/alias"});
        occupied.add(span);
      }
    }
  }
  out.insert(out.end(), found.begin(), found.end());
}

// "LG Electronics and Foxconn suspended work", "Shell and BP": capitalised
// words joined by "and" to a company or an outlet are another of its kind,
// unless they are a place, a sentence word or some other actor already.
void add_coordinated_bodies(const ActorLexicon& lex, const ActorInput& in, std::vector<ActorMention>& out) {
  const auto name_char = [&](std::size_t i) { return i < in.text.size() && (std::isalnum(static_cast<unsigned char>(in.text[i])) || in.text[i] == '&' || in.text[i] == '-' || in.text[i] == '.' || (in.text[i] & 0x80)); };
  const auto cap = [&](std::size_t i) { return i < in.text.size() && std::isupper(static_cast<unsigned char>(in.text[i])); };
  // The run of one to three capitalised words from `at`, or an empty span.
  const auto run_from = [&](std::size_t at) {
    std::size_t end = at, words = 0;
    while (words < 3 && cap(end)) {
      std::size_t e = end;
      while (name_char(e)) ++e;
      while (e > end && in.text[e - 1] == '.') --e;  // a sentence's full stop
      end = e, ++words;
      if (!(in.text.compare(end, 1, " ") == 0 && cap(end + 1))) break;
      ++end;
    }
    return Span{at, end};
  };
  Occupied occupied(out);
  std::vector<ActorMention> found;
  for (const ActorMention& b : out) {
    if (b.kind != "organization" && b.kind != "media") continue;
    std::optional<Span> other;
    if (in.text.compare(b.span.end, 5, " and ") == 0 && cap(b.span.end + 5)) {
      other = run_from(b.span.end + 5);
    } else if (b.span.start >= 6 && in.text.compare(b.span.start - 5, 5, " and ") == 0) {
      // Back to the run's start: up to three capitalised words.
      std::size_t start = b.span.start - 5;
      for (int n = 0; n < 3; ++n) {
        std::size_t w = start;
        while (w > 0 && name_char(w - 1)) --w;
        if (w == start || !cap(w)) break;
        start = w;
        std::size_t before = w >= 2 && in.text[w - 1] == ' ' ? w - 1 : w;
        while (before > 0 && before < w && name_char(before - 1)) --before;
        if (n == 2 || before == w || !cap(before)) break;
        start = w - 1;  // on to the capitalised word before
      }
      const std::size_t s = start;
      other = Span{s, b.span.start - 5};
    }
    if (!other || other->size() == 0) continue;
    const auto ws = words(in.text, other->start, other->end);
    if (ws.empty() || lex.lead_word(ws.front()) || occupied.overlaps(*other) || is_place(in, *other)) continue;
    found.push_back({*other, b.kind, std::string(in.text.substr(other->start, other->size())), "", "", "actors/org-coordinated"});
    occupied.add(*other);
  }
  out.insert(out.end(), found.begin(), found.end());
}

// "Syrian Democratic Forces" -> "SDF", "Food and Agriculture Organization" ->
// "FAO": the capitals starting each word, joining words skipped. "" when the
// name has a lower-case word of its own or fewer than two capitals.
std::string initials(std::string_view name) {
  std::string out;
  for (std::string_view w : words(name, 0, name.size())) {
    if (w == "of" || w == "and" || w == "for" || w == "the" || w == "on" || w == "de") continue;
    if (!std::isupper(static_cast<unsigned char>(w[0]))) return "";
    out += w[0];
  }
  return out.size() >= 2 ? out : "";
}

bool ascii_alnum(std::string_view text, std::size_t i) {
  return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]));
}

// A body's acronym stands for it wherever it appears after the full name:
// "the Syrian Democratic Forces ... SDF spokesman", "National Liberation Front
// (NLF)". A capitalised acronym in parentheses right after a body names it
// even when its letters are not the initials ("Forces of Renewal (FDR)").
void add_acronyms(const ActorInput& in, std::vector<ActorMention>& out) {
  struct Acronym {
    std::string form, name, kind, country;
    std::size_t after;
  };
  std::vector<Acronym> acronyms;
  for (const ActorMention& a : out) {
    if (!is_body(a)) continue;
    const std::string name = a.name.empty() ? std::string(in.text.substr(a.span.start, a.span.size())) : a.name;
    if (std::string form = initials(in.text.substr(a.span.start, a.span.size())); !form.empty())
      acronyms.push_back({form, name, a.kind, a.country, a.span.end});
    if (in.text.compare(a.span.end, 2, " (") == 0) {
      std::size_t i = a.span.end + 2, j = i;
      while (j < in.text.size() && j - i < 8 && (std::isupper(static_cast<unsigned char>(in.text[j])) || std::isdigit(static_cast<unsigned char>(in.text[j])))) ++j;
      if (j - i >= 2 && j < in.text.size() && in.text[j] == ')')
        acronyms.push_back({std::string(in.text.substr(i, j - i)), name, a.kind, a.country, a.span.end});
    }
  }
  Occupied occupied(out);
  std::vector<ActorMention> found;
  for (const Acronym& ac : acronyms) {
    for (std::size_t p = in.text.find(ac.form, ac.after); p != std::string_view::npos; p = in.text.find(ac.form, p + 1)) {
      const Span span{p, p + ac.form.size()};
      if ((p > 0 && ascii_alnum(in.text, p - 1)) || ascii_alnum(in.text, span.end) || (p > 0 && in.text[p - 1] == '.')) continue;
      if (occupied.overlaps(span)) continue;
      found.push_back({span, ac.kind, ac.name, "", ac.country, "actors/alias"});
      occupied.add(span);
    }
  }
  out.insert(out.end(), found.begin(), found.end());
}

// "Ursula von der Leyen" ... "Von der Leyen": a later person whose words end
// the words of one named before (a first letter's case aside) is that person.
void link_shorter_names(const ActorInput& in, std::vector<ActorMention>& out) {
  std::vector<std::size_t> order;
  for (std::size_t k = 0; k < out.size(); ++k)
    if (out[k].kind == "person") order.push_back(k);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return out[a].span.start < out[b].span.start; });
  // Every proper ending of a name seen so far ("von der leyen", "der
  // leyen", "leyen"), first letters folded, to the name: one lookup per
  // mention, whatever the story's length.
  std::map<std::string, std::string> endings;
  for (std::size_t k : order) {
    std::vector<std::string> ws;
    for (std::string_view w : words(in.text, out[k].span.start, out[k].span.end)) {
      std::string f(w);
      f[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(f[0])));
      ws.push_back(std::move(f));
    }
    std::string whole;
    for (const auto& w : ws) whole += (whole.empty() ? "" : " ") + w;
    if (auto it = endings.find(whole); it != endings.end()) out[k].name = it->second;
    std::string ending;
    for (std::size_t n = ws.size(); n-- > 1;) {
      ending = ws[n] + (ending.empty() ? "" : " ") + ending;
      endings.emplace(ending, out[k].name);
    }
  }
}

void add_aliases(const ActorInput& in, std::vector<ActorMention>& out) {
  std::map<std::string, std::string> by_surname;  // surname -> canonical name, first full mention wins
  std::map<std::string, std::string> by_given;    // first word -> canonical name, "" when shared
  std::map<std::string, std::size_t> given_at;    // first word -> end of the first full mention
  std::vector<std::pair<std::size_t, std::string>> first_at;
  for (const ActorMention& a : out) {
    if (a.kind != "person") continue;
    const auto ws = words(in.text, a.span.start, a.span.end);
    if (ws.size() < 2) continue;
    std::string surname(ws.back());
    surname[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(surname[0])));
    if (by_surname.emplace(surname, a.name).second) first_at.emplace_back(a.span.end, surname);
    // "Xi Jinping" ... "Xi", "Kim Jong Un" ... "Kim": the family name comes
    // first in many names, and copy also calls people by a given name. Two
    // people sharing the word leave it to neither.
    const std::string given(ws.front());
    if (auto [it, fresh] = by_given.emplace(given, a.name); fresh) given_at[given] = a.span.end;
    else if (it->second != a.name) it->second.clear();
  }
  if (by_surname.empty()) return;
  link_shorter_names(in, out);
  // "Castell said it would appeal": a one-word body that some rule read from
  // its context is the person the story named with that surname before.
  for (ActorMention& a : out) {
    if (a.kind != "organization" || a.rule == "actors/alias" || a.rule == "actors/org-known") continue;
    const std::string surface(in.text.substr(a.span.start, a.span.size()));
    const auto it = by_surname.find(surface);
    const auto first = std::find_if(first_at.begin(), first_at.end(), [&](const auto& f) { return f.second == surface; });
    if (it != by_surname.end() && first != first_at.end() && first->first <= a.span.start)
      a.kind = "person", a.name = it->second;
  }
  const Occupied occupied(out);
  std::vector<ActorMention> found;
  std::string w;  // one buffer for every word: this loop sees every word of the story
  for (const Sentence& s : in.segments->sentences) {
    std::size_t i = s.span.start;
    while (i < s.span.end) {
      while (i < s.span.end && !word_char(in.text[i])) ++i;
      std::size_t j = i;
      while (j < s.span.end && word_char(in.text[j])) ++j;
      const Span span{i, j};
      i = j;
      if (span.size() == 0) continue;
      w.assign(in.text.substr(span.start, span.size()));
      w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      auto it = by_surname.find(w);
      if (it == by_surname.end()) {
        // A given name alone, written capitalised, after the full name.
        const auto g = by_given.find(w);
        if (g == by_given.end() || g->second.empty() || !std::isupper(static_cast<unsigned char>(in.text[span.start])) ||
            given_at[w] > span.start || occupied.overlaps(span) || is_place(in, span))
          continue;
        found.push_back({span, "person", g->second, "", "", "actors/alias"});
        continue;
      }
      // only after the full name was first given, and not inside another actor
      auto first = std::find_if(first_at.begin(), first_at.end(), [&](const auto& f) { return f.second == w; });
      if (first == first_at.end() || first->first > span.start) continue;
      // "Ho Chi Minh City" after "Tran Duc Minh": a word of a place's name.
      if (occupied.overlaps(span) || is_place(in, span)) continue;
      found.push_back({span, "person", it->second, "", "", "actors/alias"});
    }
  }
  out.insert(out.end(), found.begin(), found.end());
}

// "Pieter van der Linden" ... "van der Linden told": a later mention keeps
// the lowercase particles its full name has before the words it shares.
void keep_particles(const ActorInput& in, std::vector<ActorMention>& out) {
  for (ActorMention& a : out) {
    if (a.kind != "person") continue;
    const std::string_view surface = in.text.substr(a.span.start, a.span.size());
    const std::string_view name = a.name;
    if (name.size() <= surface.size() + 1 || !name.ends_with(surface) || name[name.size() - surface.size() - 1] != ' ') continue;
    const std::size_t shared = name.size() - surface.size();
    std::size_t from = shared;  // where the particles before the shared words begin
    while (from > 1) {
      const std::size_t space = name.rfind(' ', from - 2);
      const std::size_t word = space == std::string_view::npos ? 0 : space + 1;
      if (word == 0 || !std::islower(static_cast<unsigned char>(name[word]))) break;
      from = word;
    }
    const std::string_view particles = name.substr(from, shared - from);
    if (particles.empty() || a.span.start < particles.size()) continue;
    // "Van der Linden said" at a sentence's start.
    const std::string_view before = in.text.substr(a.span.start - particles.size(), particles.size());
    if (before.substr(1) == particles.substr(1) && std::tolower(static_cast<unsigned char>(before[0])) == particles[0])
      a.span.start -= particles.size();
  }
}

// "Its director, the Rev. Tomas Reyes": a courtesy title between a role and
// the name it introduces.
bool courtesy_between(std::string_view text, std::size_t from, std::size_t to) {
  if (to <= from + 2 || to - from > 16 || text.compare(from, 2, ", ") != 0) return false;
  std::string_view between = text.substr(from + 2, to - from - 2);
  if (between.starts_with("the ")) between.remove_prefix(4);
  return between.size() >= 4 && between.ends_with(". ") && between.find(' ') == between.size() - 1 &&
         std::isupper(static_cast<unsigned char>(between[0]));
}

// "Ernesto Cruz, 71, a farmer": only an age between a name and its role.
bool age_between(std::string_view text, std::size_t from, std::size_t to) {
  if (to < from + 4 || to > from + 5) return false;
  const std::string_view age = text.substr(from, to - from - 2);
  return std::all_of(age.begin(), age.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         text.compare(to - 2, 2, ", ") == 0;
}

// "Piet Janssen, a truck driver": the article and words of a role the
// descriptor rules do not know, between the name's comma and the role noun.
bool role_words_between(std::string_view text, std::size_t from, std::size_t to) {
  if (to <= from || to - from > 40) return false;
  const std::string_view between = text.substr(from, to - from);
  if (!(between.starts_with("a ") || between.starts_with("an ") || between.starts_with("the ") || between.starts_with("one of ")))
    return false;
  // "Lisa Tari, a market vendor who sheltered with her three children": a
  // clause after the role holds actors of its own.
  for (std::string_view clause : {" who ", " which ", " that ", " whose ", " with "})
    if (between.find(clause) != std::string_view::npos) return false;
  // ("one of the country’s largest": a possessive's apostrophe too.)
  return std::all_of(between.begin(), between.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'' || c == '\xE2' || c == '\x80' || c == '\x99';
  });
}

// "Greenpeace Brazil", "Greenpeace Africa": a listed body's branch in a
// country or world region is one name with it. The country, or "" for a
// region of no one country; nullopt when no such place follows.
std::optional<std::string> branch_place(const ActorInput& in, std::size_t end, std::size_t& branch_end) {
  if (!in.gazetteer || end + 1 >= in.text.size() || in.text[end] != ' ') return std::nullopt;
  const auto ws = words(in.text, end + 1, std::min(in.text.size(), end + 40));
  for (std::size_t n = std::min<std::size_t>(2, ws.size()); n >= 1; --n) {
    const std::size_t stop = static_cast<std::size_t>(ws[n - 1].data() - in.text.data()) + ws[n - 1].size();
    const std::string_view name = in.text.substr(end + 1, stop - end - 1);
    if (!std::isupper(static_cast<unsigned char>(name[0])) || name.find_first_of(",.;") != std::string_view::npos) continue;
    if (stop < in.text.size() && std::isalnum(static_cast<unsigned char>(in.text[stop]))) continue;
    if (const auto* ids = in.gazetteer->find(fold_place_key(name)))
      for (auto id : *ids) {
        const Place& p = in.gazetteer->place(id);
        if (p.form != fold_place_key(name, true)) continue;
        if (p.kind == PlaceKind::country || (p.country.empty() && p.kind != PlaceKind::city)) {
          branch_end = stop;
          return p.country;
        }
      }
  }
  return std::nullopt;
}

// Whether a name opens with a place the gazetteer holds, spelt as it spells
// it ("Ghana" in "Ghana Cocoa Board", "Delhi" in "Delhi Jal Board"), or with
// a word of actors/state_words.tsv ("the National Board of Justice").
bool opens_with_place(const ActorLexicon& lexicon, const ActorInput& in, const Span& s) {
  const auto ws = words(in.text, s.start, s.end);
  if (ws.size() >= 2 && lexicon.state_word(ws[0])) return true;
  if (ws.size() < 2 || !in.gazetteer) return false;
  const auto* ids = in.gazetteer->find(fold_place_key(ws[0]));
  if (!ids) return false;
  return std::any_of(ids->begin(), ids->end(), [&](auto id) { return in.gazetteer->place(id).form == fold_place_key(ws[0], true); });
}

// A role right before a name is the person's title, not another actor:
// "Coast guard spokesman Arnel Dizon", "The ministry's spokesman, Ahmed
// Bashir"; so is one in apposition after it: "said Anja Weber, a nurse who".
// Leaves `out` sorted by start.
void drop_roles_of_names(const ActorInput& in, std::vector<ActorMention>& out) {
  std::sort(out.begin(), out.end(), [](const ActorMention& a, const ActorMention& b) { return a.span.start < b.span.start; });
  std::vector<ActorMention> kept;
  for (std::size_t k = 0; k < out.size(); ++k) {
    const bool role = out[k].kind == "descriptor" && k + 1 < out.size() && out[k + 1].kind == "person" &&
                      (out[k + 1].span.start == out[k].span.end + 1 || in.text.compare(out[k].span.end, 2, ", ") == 0) &&
                      (out[k + 1].span.start <= out[k].span.end + 2 || courtesy_between(in.text, out[k].span.end, out[k + 1].span.start));
    const bool apposition = out[k].kind == "descriptor" && !kept.empty() && kept.back().kind == "person" &&
                            in.text.compare(kept.back().span.end, 2, ", ") == 0 &&
                            (kept.back().span.end + 2 == out[k].span.start ||
                             age_between(in.text, kept.back().span.end + 2, out[k].span.start) ||
                             role_words_between(in.text, kept.back().span.end + 2, out[k].span.start));
    // "Bodegas del Plata, one of the country's largest exporters": what a
    // body is, not another actor ("Noordkust Bank, two people ... said" is one).
    const bool described_body = out[k].kind == "descriptor" && !kept.empty() && is_body(kept.back()) &&
                                in.text.compare(kept.back().span.end, 2, ", ") == 0 &&
                                role_words_between(in.text, kept.back().span.end + 2, out[k].span.start);
    if (!role && !apposition && !described_body) kept.push_back(std::move(out[k]));
  }
  out = std::move(kept);
}

void trim_located_compound(const ActorLexicon& lexicon, std::string_view text, ActorMention& a) {
  const std::string_view surface = text.substr(a.span.start, a.span.size());
  // "San Francisco-based Lumen Labs": the compound may close the second or third word.
  std::size_t space = 0;
  for (int word = 0; word < 3; ++word) {
    space = surface.find(' ', space + (word ? 1 : 0));
    if (space == std::string_view::npos) return;
    const std::string_view before = surface.substr(0, space);
    const std::size_t dash = before.rfind('-');
    if (dash != std::string_view::npos && lexicon.body_suffix(before.substr(dash + 1))) break;
    if (word == 2) return;
  }
  if (a.name == surface) a.name = std::string(surface.substr(space + 1));
  a.span.start += space + 1;
}

// "Israel's Prime Minister's Office": the country that owns a body is a
// place before its name, not part of it.
void trim_possessive_place(const ActorInput& in, ActorMention& a) {
  const std::string_view surface = in.text.substr(a.span.start, a.span.size());
  const std::size_t space = surface.find(' ');
  if (space == std::string_view::npos || space < 3 || surface.compare(space - 2, 2, "'s") != 0) return;
  if (!is_place(in, {a.span.start, a.span.start + space - 2})) return;
  if (a.name == surface) a.name = std::string(surface.substr(space + 1));
  a.span.start += space + 1;
}

}  // namespace

std::vector<ActorCandidate> actor_candidates(const RuleSet& rules, const ActorInput& in) {
  const RuleGroup* group = rules.group("actors");
  if (!group || !in.segments || !in.places) return {};
  std::vector<Span> sentences;
  for (const auto& s : in.segments->sentences) sentences.push_back(s.span);
  std::vector<Hit> hits = match_group(rules, *group, in.text, sentences);
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.rule < b.rule;
  });
  // A person or organisation that is a place ("South Sudan said") is the place.
  std::vector<bool> eligible;
  std::vector<bool> quoted;
  for (const Hit& h : hits) {
    const bool descriptor = rules.rules()[h.rule].attributes.at("kind") == "descriptor";
    quoted.push_back(descriptor && in.segments->quoted(h.span));
    eligible.push_back(!quoted.back() && (descriptor || !is_place(in, h.span)));
  }
  const auto lost = resolve_overlaps(rules, hits, eligible);
  std::vector<ActorCandidate> out;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    ActorCandidate c{std::move(hits[i])};
    if (quoted[i]) c.fate = ActorCandidate::Fate::inside_quote;
    else if (!eligible[i]) c.fate = ActorCandidate::Fate::place;
    else if (lost[i]) c.fate = ActorCandidate::Fate::overlapped, c.lost_to = *lost[i];
    out.push_back(std::move(c));
  }
  return out;
}

// "Toyota Motor Corp. and Sony Group": an "and" right after a body's head
// word joins two bodies, not two words of one name ("Department of Health
// and Social Care"). Cuts `a` to the first and returns the second.
static std::optional<ActorMention> split_joined_bodies(const ActorLexicon& lexicon, std::string_view text, ActorMention& a) {
  const auto ws = words(text, a.span.start, a.span.end);
  for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
    std::size_t first_end = static_cast<std::size_t>(ws[k - 1].data() - text.data()) + ws[k - 1].size();
    const bool dotted = first_end < text.size() && text[first_end] == '.';  // "Corp."
    const std::string head = std::string(ws[k - 1]) + (dotted ? "." : "");
    // A plural head is a word inside one name: "Australian Securities and
    // Investments Commission".
    if (ws[k] != "and" || !lexicon.org_head(head) || lexicon.inner_head(head) || head.ends_with('s')) continue;
    first_end += dotted ? 1 : 0;
    const std::size_t second_start = static_cast<std::size_t>(ws[k + 1].data() - text.data());
    ActorMention second = a;
    second.span = {second_start, a.span.end};
    second.name = std::string(text.substr(second.span.start, second.span.size()));
    second.kind = lexicon.head_kind(ws.back(), ws.size() > k + 2 ? ws[ws.size() - 2] : std::string_view{});
    a.span.end = first_end;
    a.name = std::string(text.substr(a.span.start, a.span.size()));
    a.kind = lexicon.head_kind(head, k >= 2 ? ws[k - 2] : std::string_view{});
    return second;
  }
  return std::nullopt;
}

std::vector<ActorMention> find_actors(const RuleSet& rules, const ActorLexicon& lexicon, const ActorInput& in) {
  std::vector<ActorMention> out;
  for (const ActorCandidate& c : actor_candidates(rules, in)) {
    if (c.fate != ActorCandidate::Fate::kept) continue;
    const Hit& h = c.hit;
    const Rule& r = rules.rules()[h.rule];
    const std::string_view surface = in.text.substr(h.span.start, h.span.size());
    ActorMention a{h.span, r.attributes.at("kind"), std::string(surface), "", "", r.id};
    if (a.kind == "by_table") {
      const auto* k = lexicon.known(capture(rules, h, in.text, "org"));
      if (!k) continue;
      a.kind = k->kind;
      a.name = k->canonical;
      a.country = k->country;
    } else if (a.kind == "by_head") {
      const std::string_view head = capture(rules, h, in.text, "head");
      const std::size_t head_at = static_cast<std::size_t>(head.data() - in.text.data());
      a.kind = lexicon.head_kind(head, word_ending_before(in.text, head_at, h.span.start));
      // "The Ombudsman's Office": a sentence word the name rule took along.
      for (auto lead = words(in.text, a.span.start, a.span.end); lead.size() > 2 && lexicon.lead_word(lead[0]);
           lead = words(in.text, a.span.start, a.span.end))
        a.span.start = static_cast<std::size_t>(lead[1].data() - in.text.data());
      // "Employees of Nordvik Pharma": a plural before "of" that is no head
      // word is the people, not the first word of the body.
      const auto ws = words(in.text, a.span.start, a.span.end);
      if (ws.size() > 2 && ws[1] == "of" && ws[0].ends_with('s') && !lexicon.org_head(ws[0])) {
        a.span.start = static_cast<std::size_t>(ws[2].data() - in.text.data());
        if (in.text.compare(a.span.start, 4, "the ") == 0) a.span.start += 4;
      }
      // "Bank of Japan": the list knows better than the head word.
      a.name = std::string(in.text.substr(a.span.start, a.span.size()));
      if (const std::string placed = lexicon.placed_kind(head); !placed.empty() && opens_with_place(lexicon, in, a.span)) a.kind = placed;
      const std::size_t first_space = in.text.substr(a.span.start, a.span.size()).find(' ');
      const std::size_t after_first = first_space == std::string_view::npos ? a.span.end : a.span.start + first_space + 1;
      const auto* listed_tail = lexicon.known(in.text.substr(after_first, a.span.end - after_first));
      if (const auto* k = lexicon.known(a.name)) a.kind = k->kind, a.name = k->canonical, a.country = k->country;
      // "U.S. National Transportation Safety Board": a listed body after a
      // place or a nationality is that body.
      else if (listed_tail) a.kind = listed_tail->kind, a.country = listed_tail->country;
      // "United Nations Office on Drugs and Crime", "U.N. Support Mission":
      // a body of an international organisation is one too.
      else if (const auto ws2 = words(in.text, a.span.start, a.span.end); ws2.size() > 2 || (ws2.size() == 2 && ws2[0].ends_with('.')))
        for (std::size_t n = 1; n < ws2.size() && n <= 2; ++n) {
          std::size_t end = static_cast<std::size_t>(ws2[n - 1].data() - in.text.data()) + ws2[n - 1].size();
          if (end < in.text.size() && in.text[end] == '.') ++end;  // "U.N." keeps its last full stop
          const auto* k = lexicon.known(in.text.substr(a.span.start, end - a.span.start));
          if (k && k->kind == "organization" && k->country.empty()) a.kind = "organization";
        }
    } else if (a.kind == "descriptor") {
      a.name.clear();
      // Widened only over words no kept mention holds ("two police officers"
      // after the body "police" stays "officers"): mentions never overlap.
      const Span wide = widen_to_determiner(in.text, a.span);
      if (out.empty() || out.back().span.end <= wide.start) a.span = wide;
    } else if (a.kind == "person") {
      a.title = std::string(role_of_title(capture(rules, h, in.text, "title")));
      if (!a.title.empty()) a.title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(a.title[0])));
      // "In Nairobi" is no name: drop leading sentence words, then need two words.
      auto ws = words(in.text, a.span.start, a.span.end);
      std::size_t skip = 0;
      while (skip < ws.size() && lexicon.lead_word(ws[skip])) ++skip;
      // A first name alone stands ("identified only as Mehdi"); a sentence
      // word before it does not make it a name ("In Nairobi").
      if (ws.size() == skip || (skip > 0 && ws.size() - skip < 2)) continue;
      if (skip) a.span.start = static_cast<std::size_t>(ws[skip].data() - in.text.data());
      if (skip && is_place(in, a.span)) continue;  // "In New Delhi, the city government"
      if (in.text.compare(a.span.end - 2, 2, "'s") == 0) a.span.end -= 2;  // "Uhuru Kenyatta's office"
      a.name = std::string(in.text.substr(a.span.start, a.span.end - a.span.start));
      // "Dutch rival Noordkust Bank": a name that ends in a body's head word
      // is that body, whatever title came before it.
      if (lexicon.org_head(ws.back())) {
        // "Attorney General's Office": a title of capitalised words right
        // before is the body's first words.
        const std::string_view title = capture(rules, h, in.text, "title");
        const std::size_t title_at = static_cast<std::size_t>(title.data() - in.text.data());
        const auto tws = words(in.text, title_at, title_at + title.size());
        if (!title.empty() && title_at + title.size() + 1 == a.span.start &&
            std::all_of(tws.begin(), tws.end(), [](std::string_view w) { return std::isupper(static_cast<unsigned char>(w[0])); })) {
          std::size_t lead = 0;
          while (lead + 1 < tws.size() && lexicon.lead_word(tws[lead])) ++lead;
          a.span.start = static_cast<std::size_t>(tws[lead].data() - in.text.data());
          a.name = std::string(in.text.substr(a.span.start, a.span.end - a.span.start));
        }
        a.country = country_of(lexicon, in, h.span, a.title);
        a.kind = lexicon.head_kind(ws.back(), ws.size() > skip + 1 ? ws[ws.size() - 2] : std::string_view{});
        a.title.clear();
      }
    }
    // "the Britain-based Syrian Observatory": the compound before a body's
    // name says where it sits, and is no part of the name.
    if (is_body(a)) trim_located_compound(lexicon, in.text, a);
    if (is_body(a)) trim_possessive_place(in, a);
    if (a.kind != "person" && a.kind != "descriptor")
      if (auto second = split_joined_bodies(lexicon, in.text, a)) {
        second->country = country_of(lexicon, in, second->span, "");
        if (a.country.empty()) a.country = country_of(lexicon, in, a.span, a.title);
        out.push_back(std::move(a));
        out.push_back(std::move(*second));
        continue;
      }
    if (a.country.empty()) a.country = country_of(lexicon, in, h.span, a.title);
    out.push_back(std::move(a));
  }
  // "Georgian Manganese said": a name that opens with a nationality is a
  // company's, not a person's.
  for (ActorMention& a : out) {
    if (a.kind != "person" || a.rule == "actors/alias") continue;
    const auto ws = words(in.text, a.span.start, a.span.end);
    if (ws.size() > 1 && !lexicon.demonym_country(ws[0]).empty()) {
      a.kind = "organization", a.name = std::string(in.text.substr(a.span.start, a.span.size())), a.title.clear();
      if (a.country.empty()) a.country = lexicon.demonym_country(ws[0]);
    }
  }
  for (ActorMention& a : out) {
    std::size_t branch_end = 0;
    if (a.rule != "actors/org-known" || a.name != in.text.substr(a.span.start, a.span.size())) continue;
    if (auto country = branch_place(in, a.span.end, branch_end)) {
      a.span.end = branch_end;
      a.name = std::string(in.text.substr(a.span.start, a.span.size()));
      if (!country->empty()) a.country = *country;
    }
  }
  // "The Bruce Highway, the main road", "Lake Powell, the reservoir": a
  // road or a lake, not a person.
  std::erase_if(out, [&](const ActorMention& a) {
    if (a.kind != "person") return false;
    const auto ws = words(in.text, a.span.start, a.span.end);
    return ws.size() > 1 && (lexicon.feature_word(ws.back()) || lexicon.feature_opener(ws.front()));
  });
  // "the Gila River Indian Community", "California's Imperial Irrigation
  // District": a feature's name or a possessive inside a name makes a body.
  for (ActorMention& a : out) {
    if (a.kind != "person" || a.rule == "actors/alias") continue;
    const auto ws = words(in.text, a.span.start, a.span.end);
    const std::string_view surface = in.text.substr(a.span.start, a.span.size());
    const std::size_t poss = std::min(surface.find("'s "), surface.find("\xE2\x80\x99s "));
    const bool inner_feature = ws.size() > 2 && std::any_of(ws.begin() + 1, ws.end() - 1, [&](std::string_view w) { return lexicon.feature_word(w); });
    if (!inner_feature && poss == std::string_view::npos) continue;
    a.kind = lexicon.head_kind(ws.back(), ws[ws.size() - 2]), a.title.clear();
    a.name = std::string(surface);
    trim_possessive_place(in, a);
  }
  drop_roles_of_names(in, out);
  add_coordinated_bodies(lexicon, in, out);
  add_org_aliases(lexicon, in, out);
  add_acronyms(in, out);
  add_aliases(in, out);
  keep_particles(in, out);
  // Again, for roles around the names the alias passes found ("Vaitkus, a
  // former agriculture minister, wrote").
  drop_roles_of_names(in, out);
  return out;
}

}  // namespace claimex
