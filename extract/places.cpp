#include "extract/places.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <unicode/uchar.h>

#include "extract/utf8.hpp"

namespace claimex {
namespace {

struct Token {
  std::size_t start, end;  // the word, without a possessive 's or a closing period
  bool cap = false;        // begins with an uppercase letter
  bool possessive = false;
  bool first = false;      // first word of its sentence
  std::string key;         // folded for lookup
};

bool word_byte(std::string_view t, std::size_t i, std::size_t* len) {
  const utf8::Unit u = utf8::decode(t, i);
  *len = u.len;
  const char32_t c = u.cp;
  return u_isalnum(static_cast<UChar32>(c)) || c == '.' || c == '-' || c == '\'';
}

// A word's closing period is the sentence's, unless the gazetteer lists the
// word with it ("Miss.", "Wash.").
std::vector<Token> tokenize(const Gazetteer& g, std::string_view text, Span s) {
  std::vector<Token> out;
  std::size_t i = s.start, len = 0;
  while (i < s.end) {
    if (!word_byte(text, i, &len)) {
      i += len;
      continue;
    }
    std::size_t j = i;
    while (j < s.end && word_byte(text, j, &len)) j += len;
    Token t{i, j};
    while (t.start < t.end && (text[t.start] == '.' || text[t.start] == '-' || text[t.start] == '\'')) ++t.start;
    if (t.end - t.start > 2 && text.substr(t.end - 2, 2) == "'s") t.end -= 2, t.possessive = true;
    while (t.end > t.start && (text[t.end - 1] == '\'' || text[t.end - 1] == '-')) --t.end;
    const std::string_view w = text.substr(t.start, t.end - t.start);
    // "U.S." keeps its periods, and so does "St." where a name opens with it
    // ("St. Petersburg").
    if (!w.empty() && w.back() == '.' && w.find('.') == w.size() - 1) {
      const std::string key = fold_place_key(w);
      if (!g.find(key) && !g.is_prefix(key)) --t.end;
    }
    if (t.end > t.start) {
      t.cap = u_isupper(static_cast<UChar32>(utf8::decode(text, t.start).cp)) != 0;
      t.first = out.empty();
      t.key = fold_place_key(text.substr(t.start, t.end - t.start));
      out.push_back(std::move(t));
    }
    i = j;
  }
  return out;
}

bool adjacent(std::string_view text, const Token& a, const Token& b) {
  return !a.possessive && b.start == a.end + 1 && text[a.end] == ' ';
}

std::string surface_key(std::string_view text, const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t k = from; k < to; ++k) {
    if (k > from) key += ' ';
    key += fold_place_key(text.substr(tokens[k].start, tokens[k].end - tokens[k].start), true);
  }
  return key;
}

// A name found in the text: the tokens it spans and the places it may mean.
struct Candidate {
  Span span;
  std::vector<std::uint32_t> places;
  bool dateline = false;
  std::size_t sentence_token = 0;  // index of its first token in the sentence
  // A stoplisted word ("Florence", "Jackson"): a place only where the story
  // says so (see confirmed_weak); it casts no vote.
  bool weak = false;
  bool named_part = false;  // also a later word of a name the story used
  bool first = false;       // opens its sentence
  PlaceKind unlisted_kind = PlaceKind::area;  // for one the gazetteer does not hold
  std::string unlisted_country;               // ... and its country, when the words before say it
  std::optional<PlaceKind> lead_kind;         // "the state of Oaxaca": the kind the words before name
  std::string rule;                           // for an unlisted place, when no other says how it was found
  std::vector<std::uint32_t> name_readings;   // "Lagos" in "Lagos State": where the name before a head may lie
};

// "el-Mandeb", "al-Fashir": a lowercase Arabic article glued to a capital.
bool arabic_article(std::string_view w) {
  for (std::string_view a : {"el-", "al-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"})
    if (w.size() > a.size() && w.substr(0, a.size()) == a) return std::isupper(static_cast<unsigned char>(w[a.size()])) != 0;
  return false;
}

// What joins the names of a list: "Minnesota and Quebec", "Obuasi, Tarkwa,
// and Dunkwa-on-Offin".
bool list_gap(std::string_view gap) { return gap == ", " || gap == " and " || gap == ", and " || gap == " or "; }

bool after_place_noun(const Gazetteer& g, std::string_view text, std::size_t start) {
  return g.lead_before(text, start).has_value();
}

// "the Kharkiv, Sumy and Poltava regions", "Isabela province": a region noun
// after the name, or after the list the name opens or belongs to.
bool region_noun_after(std::string_view text, std::size_t end) {
  std::size_t i = end;
  auto skip_name = [&] {
    if (i >= text.size() || !std::isupper(static_cast<unsigned char>(text[i]))) return false;
    while (i < text.size() && text[i] != ' ' && text[i] != ',') ++i;
    return true;
  };
  for (;;) {
    if (text.compare(i, 6, ", and ") == 0) i += 6;
    else if (text.compare(i, 2, ", ") == 0) i += 2;
    else if (text.compare(i, 5, " and ") == 0) i += 5;
    else break;
    if (!skip_name()) return false;
  }
  for (std::string_view noun : {" region", " regions", " province", " provinces", " provincial", " oblast", " governorate", " counties"})
    if (text.compare(i, noun.size(), noun) == 0 && (i + noun.size() == text.size() || !std::isalpha(static_cast<unsigned char>(text[i + noun.size()]))))
      return true;
  return false;
}

// "Tulsa, Rogers and Wagoner counties": the list a name opens or belongs to
// closes with "counties".
bool county_list_after(std::string_view text, std::size_t end) {
  const std::string_view ahead = text.substr(end, 70);  // a short list, not the rest of the story
  const std::size_t at = ahead.find(" counties");
  return at != std::string_view::npos && ahead.substr(0, at).find_first_of(".;\n") == std::string_view::npos;
}

// "traders in Idlib city": the word after the name says it is the town.
bool city_noun_after(std::string_view text, std::size_t end) {
  return text.compare(end, 5, " city") == 0 && (end + 5 == text.size() || !std::isalpha(static_cast<unsigned char>(text[end + 5])));
}

struct Finder {
  const Gazetteer& g;
  std::string_view text;
  std::set<std::string> name_parts;  // words the story used inside a person's or body's name
  // One or two capitalised words the story has speak ("Fjordlaks said"),
  // found in one pass over the text: a town does not speak.
  std::set<std::string> speakers;
  std::set<std::string> bodies;  // names the story says are a body's or a person's

  // "Fano, a loose network of Amhara militias", "Rengo, the labor
  // federation": a name the story says is a body's or a person's, found in
  // one pass; no place wherever it comes (a country stays one).
  void learn_bodies() {
    const auto letter = [&](std::size_t i) { return std::isalpha(static_cast<unsigned char>(text[i])) || (text[i] & 0x80); };
    for (std::string_view det : {", a ", ", an ", ", the "})
      for (std::size_t p = text.find(det); p != std::string_view::npos; p = text.find(det, p + 1)) {
        std::size_t w = p;
        while (w > 0 && (letter(w - 1) || text[w - 1] == '-')) --w;
        if (w == p || !std::isupper(static_cast<unsigned char>(text[w]))) continue;
        std::size_t i = p + det.size();
        for (int words = 0; words < 4 && i < text.size() && std::islower(static_cast<unsigned char>(text[i])); ++words) {
          std::size_t e = i;
          while (e < text.size() && (letter(e) || text[e] == '-')) ++e;
          if (g.naming_noun(text.substr(i, e - i))) {
            // "... in Antofagasta, the company said": a source after the name.
            static const std::set<std::string_view> cues = {"said", "says", "told", "added", "reported", "announced", "warned",
                                                             "noted", "estimated", "confirmed", "wrote", "claimed", "stated"};
            const std::string_view next = e < text.size() ? text.substr(e + 1, 12) : std::string_view{};
            const bool cue = e < text.size() && text[e] == ' ' && cues.count(next.substr(0, next.find_first_of(" ,.")));
            if (!cue) bodies.insert(std::string(text.substr(w, p - w)));
            break;
          }
          if (e >= text.size() || text[e] != ' ') break;
          i = e + 1;
        }
      }
  }

  void learn_speakers() {
    const auto letter = [&](std::size_t i) { return std::isalpha(static_cast<unsigned char>(text[i])) || (text[i] & 0x80); };
    for (std::string_view verb : {" said", " says", " told", " announced", " declined", " denied", "'s "})
      for (std::size_t p = text.find(verb); p != std::string_view::npos; p = text.find(verb, p + 1)) {
        std::size_t start = p;
        for (int n = 0; n < 2; ++n) {
          std::size_t w = start;
          while (w > 0 && letter(w - 1)) --w;
          if (w == start || !std::isupper(static_cast<unsigned char>(text[w]))) break;
          // "waiting near Ivirgarzama said": a locative first cancels.
          const std::size_t b = w > 0 && text[w - 1] == ' ' ? w - 1 : w;
          std::size_t a = b;
          while (a > 0 && letter(a - 1)) --a;
          if (a < b && g.locative(text.substr(a, b - a))) break;
          speakers.insert(std::string(text.substr(w, p - w)));
          if (b == w) break;
          start = b;
        }
      }
  }


  // The places a run of tokens names as written: case must match the
  // table's spelling, except in an all-caps dateline.
  std::vector<std::uint32_t> written(const std::vector<Token>& t, std::size_t from, std::size_t to,
                                     const std::vector<std::uint32_t>& ids, bool any_case) const {
    if (any_case) return ids;
    const std::string surface = surface_key(text, t, from, to);
    std::vector<std::uint32_t> out;
    for (auto id : ids)
      if (g.place(id).form == surface) out.push_back(id);
    return out;
  }

  std::vector<std::uint32_t> lookup(const std::vector<Token>& t, std::size_t from, std::size_t to, bool any_case) const {
    std::string key = t[from].key;
    for (std::size_t k = from + 1; k < to; ++k) {
      if (!adjacent(text, t[k - 1], t[k])) return {};
      key += ' ';
      key += t[k].key;
    }
    const auto* ids = g.find(key);
    return ids ? written(t, from, to, *ids, any_case) : std::vector<std::uint32_t>{};
  }

  // The longest name starting at token i, extending only while some name
  // starts with the tokens so far: (token count, places), or (0, {}).
  std::pair<std::size_t, std::vector<std::uint32_t>> longest(const std::vector<Token>& t, std::size_t i, bool any_case) const {
    std::pair<std::size_t, std::vector<std::uint32_t>> best{0, {}};
    std::string key = t[i].key;
    for (std::size_t n = 1;; ++n) {
      if (const auto* ids = g.find(key)) {
        auto kept = written(t, i, i + n, *ids, any_case);
        if (!kept.empty()) best = {n, std::move(kept)};
      }
      if (i + n >= t.size() || !adjacent(text, t[i + n - 1], t[i + n]) || !g.is_prefix(key)) break;
      key += ' ';
      key += t[i + n].key;
    }
    return best;
  }

  // Runs of two or more capitalised words that are not places ("Farida
  // Osman", "Rapid Support Forces"): their later words, alone, are names.
  void learn_names(const std::vector<Token>& t) {
    std::size_t i = 0;
    while (i < t.size()) {
      std::size_t j = i + 1;
      while (j < t.size() && t[j].cap && t[j - 1].cap && adjacent(text, t[j - 1], t[j])) ++j;
      // A sentence's first word is capitalised anyway: "The Japan Aerospace
      // Exploration Agency" does not make "Japan" a later word of a name.
      const std::size_t from = t[i].first ? i + 1 : i;
      // A country closing a body's name ("Medical Action Congo") stays a
      // country elsewhere in the story; people are rarely named after one.
      auto country = [&](std::size_t k) {
        const auto ids = lookup(t, k, k + 1, false);
        return std::any_of(ids.begin(), ids.end(), [&](auto id) { return g.place(id).kind == PlaceKind::country; });
      };
      if (t[i].cap && j - from >= 2 && lookup(t, from, j, false).empty())
        for (std::size_t k = from + 1; k < j; ++k)
          if (!country(k)) name_parts.insert(std::string(text.substr(t[k].start, t[k].end - t[k].start)));
      i = j;
    }
  }

  // "Keisha Moore, who runs a day care center": a sentence's first word
  // before a town is a given name unless it is a word that opens sentences
  // ("In Moore"), a stoplisted or place word ("Northern Nigeria"), or a
  // nationality; a country stays one ("Neighboring Chad").
  bool opens_a_name(const std::vector<Token>& t, std::size_t from, std::size_t to) const {
    const std::string_view first = text.substr(t[from - 1].start, t[from - 1].end - t[from - 1].start);
    if (g.lead_word(first) || g.stopword(first) || g.demonym(first) || !lookup(t, from - 1, from, false).empty()) return false;
    // "Greenpeace Brazil said": a body's national branch.
    if (g.listed_body(first)) return true;
    const auto ids = lookup(t, from, to, false);
    return std::none_of(ids.begin(), ids.end(), [&](auto id) { return g.place(id).kind == PlaceKind::country; });
  }

  // "the Coffee and Cocoa Council": token `at` is an "and" inside a body's
  // name, the capitalised words after it closing with a head word.
  bool and_in_body_name(const std::vector<Token>& t, std::size_t at) const {
    auto word = [&](std::size_t k) { return text.substr(t[k].start, t[k].end - t[k].start); };
    if (at == 0 || at + 1 >= t.size() || word(at) != "and" || !t[at + 1].cap || !adjacent(text, t[at - 1], t[at]) ||
        !adjacent(text, t[at], t[at + 1]))
      return false;
    std::size_t e = at + 1;
    while (e + 1 < t.size() && e - at < 4 && t[e + 1].cap && adjacent(text, t[e], t[e + 1])) ++e;
    return g.org_head(word(e));
  }

  bool glued(const std::vector<Token>& t, std::size_t from, std::size_t to, const std::vector<std::uint32_t>& ids) const {
    auto word = [&](std::size_t k) { return text.substr(t[k].start, t[k].end - t[k].start); };
    // "U.N. Support Mission in Libya", "Council of Europe", "Civil Aviation
    // Authority of the Philippines": the end of a name.
    const std::size_t the = from >= 3 && word(from - 1) == "the" && adjacent(text, t[from - 1], t[from]) ? 1 : 0;
    const std::size_t link = from - 1 - the;
    const bool tail = from >= 2 + the && (word(link) == "in" || word(link) == "of" || word(link) == "for") &&
                      adjacent(text, t[link - 1], t[link]) && adjacent(text, t[link], t[link + 1]) &&
                      g.org_head(word(link - 1));
    // "the European Banking Authority in Paris": a town after "in" is where
    // the body sits; a country or region there names it ("Mission in Libya").
    const bool seat = tail && word(link) == "in" && !ids.empty() &&
                      std::all_of(ids.begin(), ids.end(), [&](auto id) { return g.place(id).kind == PlaceKind::city; });
    if (tail && !seat) return true;
    // "— A U.S. firm" after a dateline: a word that opens sentences glues
    // to nothing, wherever it stands.
    const bool before = from > 0 && t[from - 1].cap && adjacent(text, t[from - 1], t[from]) &&
                        !g.lead_word(text.substr(t[from - 1].start, t[from - 1].end - t[from - 1].start)) &&
                        (!t[from - 1].first || opens_a_name(t, from, to));
    if (and_in_body_name(t, to)) return true;
    // What follows the name: "an Ohio Democrat" is a party member's state,
    // not a name, and so is "Sindh Chief Minister" (a title of two words);
    // "Bab el-Mandeb" (an Arabic article), "Van der Linden" (a Dutch
    // particle: a surname) and "San Pedro de Atacama" (a Romance particle)
    // go on with a longer name.
    static const std::set<std::string_view> name_particles = {"der", "den", "ten", "ter", "de", "del", "da", "do", "dos", "das", "di", "du"};
    const bool titled = to + 1 < t.size() && t[to + 1].cap && adjacent(text, t[to], t[to + 1]) && g.member_word(word(to + 1));
    const bool after = to < t.size() && adjacent(text, t[to - 1], t[to]) &&
                       ((t[to].cap && !g.member_word(word(to)) && !titled) || arabic_article(word(to)) ||
                        (name_particles.count(word(to)) && to + 1 < t.size() && t[to + 1].cap && adjacent(text, t[to], t[to + 1])));
    // "Radio Programas del Perú", "Universidad de Chile": a name particle
    // between capitalised words joins one name.
    static const std::set<std::string_view> particles = {"de", "del", "do", "da", "di", "du", "des", "dos", "das"};
    const bool particle = from >= 2 && particles.count(word(from - 1)) && t[from - 2].cap &&
                          adjacent(text, t[from - 2], t[from - 1]) && adjacent(text, t[from - 1], t[from]);
    // "van der Linden told", "Gerrit Jan ten Brink": after a Dutch or German
    // particle the name is a surname, whatever comes before.
    static const std::set<std::string_view> surname_particles = {"van", "von", "der", "den", "ten", "ter", "zu"};
    if (from >= 1 && surname_particles.count(word(from - 1)) && adjacent(text, t[from - 1], t[from])) return true;
    return before || after || particle;
  }

  // "the Red Sea", "the southern Red Sea": a region named after a feature,
  // written with "the", is the feature; the Sudanese state is "Red Sea
  // state". A town so named stays one ("the Back Bay").
  bool natural_feature(const std::vector<Token>& t, std::size_t from, std::size_t to, const std::vector<std::uint32_t>& ids) const {
    auto word = [&](std::size_t k) { return text.substr(t[k].start, t[k].end - t[k].start); };
    // "the Rafah crossing": a facility named after the place.
    if (from > 0 && to < t.size() && !t[to].cap && g.feature_word(word(to)) && adjacent(text, t[to - 1], t[to]) &&
        (word(from - 1) == "the" || word(from - 1) == "The"))
      return true;
    // "the Bay of Bengal": a feature word that names a place alone (Somalia's
    // Bay region) opens the feature's name before "of".
    if (to - from == 1 && g.feature_word(word(from)) && to + 1 < t.size() && word(to) == "of" && t[to + 1].cap) return true;
    if (to - from < 2 || from == 0 || !g.feature_word(word(to - 1))) return false;
    if (std::any_of(ids.begin(), ids.end(), [&](auto id) { return g.place(id).kind != PlaceKind::region; })) return false;
    std::size_t the = from - 1;
    if (word(the) != "the" && the > 0 && g.world_region_part(word(the))) --the;
    return (word(the) == "the" || word(the) == "The") && adjacent(text, t[the], t[the + 1]);
  }

  void sentence(const std::vector<Token>& t, Span dateline, std::vector<Candidate>& out) {
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (!t[i].cap) continue;
      const bool in_dateline = t[i].start >= dateline.start && t[i].end <= dateline.end;
      if (!in_dateline && apposed(t, i, out)) continue;
      if (!in_dateline && headed(t, i, out)) continue;
      auto [n, ids] = longest(t, i, in_dateline);
      if (n == 0) {
        if (in_dateline && t[i].start == dateline.start) {
          unlisted_dateline(t, i, dateline, out);
          continue;
        }
        if (!in_dateline && after_place_noun(g, text, t[i].start)) {
          led(t, i, out);
          continue;
        }
        if (!in_dateline && located(t, i, out)) continue;
        if (!in_dateline && listed_with_towns(t, i, out)) continue;
        compound(t, i, out);
        continue;
      }
      const std::string_view surface = text.substr(t[i].start, t[i + n - 1].end - t[i].start);
      const bool part = n == 1 && name_parts.count(std::string(surface));
      const bool weak = n == 1 && !in_dateline && (g.stopword(surface) || part);
      // "Ibama president Rogério Lima": a listed body, not the Venezuelan town;
      // "the Board of Control for Cricket in India": the end of one.
      const bool body = (g.listed_body(surface) &&
                         std::none_of(ids.begin(), ids.end(), [&](auto id) { return g.place(id).kind == PlaceKind::country; })) ||
                        (n == 1 && bodies.count(std::string(surface)) &&
                         std::all_of(ids.begin(), ids.end(), [&](auto id) { return g.place(id).kind == PlaceKind::city; })) ||
                        g.closes_listed_body(text, t[i + n - 1].end, text.substr(t[i + n - 1].start, t[i + n - 1].end - t[i + n - 1].start));
      // "His wife, Ngozi, a trader": a name the noun before says is a person's.
      const bool named = i >= 1 && !t[i - 1].cap && text.compare(t[i - 1].end, 2, ", ") == 0 && t[i - 1].end + 2 == t[i].start &&
                         g.naming_noun(text.substr(t[i - 1].start, t[i - 1].end - t[i - 1].start)) &&
                         std::none_of(ids.begin(), ids.end(), [&](auto id) { return g.place(id).kind == PlaceKind::country; });
      // "the University of Arizona": a weak word that opens "X of Y" opens a body's name.
      const bool opens_body = weak && text.compare(t[i].end, 4, " of ") == 0 && t[i].end + 4 < text.size() &&
                              std::isupper(static_cast<unsigned char>(text[t[i].end + 4]));
      if (!in_dateline && (body || named || opens_body || glued(t, i, i + n, ids) || natural_feature(t, i, i + n, ids))) {
        i += n - 1;
        continue;
      }
      // "Somali" is a nationality; "the Somali region" is the place.
      std::size_t head = 0;
      if (n == 1 && !in_dateline && g.demonym(surface)) {
        static const std::set<std::string_view> heads = {"region", "state", "province", "zone"};
        const bool named = i + 1 < t.size() && adjacent(text, t[i], t[i + 1]) &&
                           heads.count(text.substr(t[i + 1].start, t[i + 1].end - t[i + 1].start));
        if (!named) continue;
        head = 1;
      }
      Candidate c{{t[i].start, t[i + n - 1 + head].end}, std::move(ids), in_dateline, i};
      // "southern Africa": a part of a world region is a world region.
      const bool no_country = std::all_of(c.places.begin(), c.places.end(), [&](auto id) { return g.place(id).country.empty(); });
      if (no_country && i > 0 && adjacent(text, t[i - 1], t[i]) &&
          g.world_region_part(text.substr(t[i - 1].start, t[i - 1].end - t[i - 1].start)))
        c.span.start = t[i - 1].start;
      c.lead_kind = g.lead_before(text, t[i].start);
      if (!c.lead_kind && region_noun_after(text, c.span.end)) c.lead_kind = PlaceKind::region;
      if (!c.lead_kind && city_noun_after(text, c.span.end)) c.lead_kind = PlaceKind::city;
      // "in Tulsa, Rogers and Wagoner counties": counties the gazetteer does
      // not hold, in the country the story's votes choose for each name.
      if (c.lead_kind == PlaceKind::region && county_list_after(text, c.span.end) &&
          std::none_of(c.places.begin(), c.places.end(), [&](auto id) { return g.place(id).kind == PlaceKind::region; })) {
        c.name_readings = std::move(c.places);
        c.places.clear();
        c.unlisted_kind = PlaceKind::region;
        c.rule = "places/region-head";
      }
      if (!c.lead_kind) c.lead_kind = g.apposed_after(text, c.span.end);
      // "the Médina district of Dakar": a town's name before an area word
      // names a part of some other town, an area the gazetteer does not hold.
      if (!head && i + n < t.size() && adjacent(text, t[i + n - 1], t[i + n]) &&
          g.area_head(text.substr(t[i + n].start, t[i + n].end - t[i + n].start)) &&
          std::none_of(c.places.begin(), c.places.end(), [&](auto id) { return g.place(id).kind != PlaceKind::city; }))
        c.places.clear();
      c.weak = weak;
      c.first = t[i].first;
      c.named_part = part;
      out.push_back(std::move(c));
      i += n - 1 + head;
    }
    areas(t, out);
  }

  // "the Abu Salim district": one to three capitalised words before a head
  // word from area_heads.tsv, not already a place.
  void areas(const std::vector<Token>& t, std::vector<Candidate>& out) {
    for (std::size_t h = 1; h < t.size(); ++h) {
      const std::string_view head = text.substr(t[h].start, t[h].end - t[h].start);
      // "Tulsa, Rogers and Wagoner counties": a plural subdivision noun
      // closes a list of regions.
      const bool regions = head == "counties" || head == "provinces";
      if ((!regions && !g.area_head(head)) || !adjacent(text, t[h - 1], t[h])) continue;
      // "the Friday town hall": the head modifies a noun of its own.
      const std::size_t after = t[h].end;
      if (text.compare(after, 5, " hall") == 0 || text.compare(after, 8, " council") == 0 || text.compare(after, 7, " square") == 0) continue;
      const PlaceKind kind = regions ? PlaceKind::region : g.town_head(head) ? PlaceKind::city : PlaceKind::area;
      std::size_t from = h;
      while (from > 0 && h - from < 3 && t[from - 1].cap && (from == h || adjacent(text, t[from - 1], t[from]))) --from;
      // "The Borjomi area" opening a sentence: "The" is no part of the name.
      while (from < h && g.lead_word(text.substr(t[from].start, t[from].end - t[from].start))) ++from;
      if (from == h || (t[from].first && h - from == 1)) continue;
      // "the Kurdish area", "the rebel-held district": a people or a state
      // of control, not a name.
      const std::string_view last = text.substr(t[h - 1].start, t[h - 1].end - t[h - 1].start);
      const std::size_t dash = last.rfind('-');
      if (g.demonym(last) || (dash != std::string_view::npos && dash + 1 < last.size() &&
                              std::islower(static_cast<unsigned char>(last[dash + 1]))))
        continue;
      // "the Lake Albert region": a lake's or mountain's surroundings.
      bool feature = false;
      for (std::size_t k = from; k < h; ++k) feature = feature || g.feature_word(text.substr(t[k].start, t[k].end - t[k].start));
      if (feature) continue;
      const Span span{t[from].start, t[h - 1].end};
      const bool known = std::any_of(out.begin(), out.end(), [&](const Candidate& c) { return c.span.overlaps(span); });
      if (!known) {
        Candidate c{span, {}, false, from};
        c.unlisted_kind = kind;
        out.push_back(std::move(c));
      }
      // "the Hoan Kiem and Ba Dinh districts": a plural head closes a list.
      if (head.back() == 's') list_before(t, from, out, kind);
    }
  }

  // The capitalised names joined by "and" or commas before token `from`.
  void list_before(const std::vector<Token>& t, std::size_t from, std::vector<Candidate>& out, PlaceKind kind) {
    for (;;) {
      if (from == 0) return;
      std::size_t last = from - 1;  // the previous name's last word
      const std::string_view w = text.substr(t[last].start, t[last].end - t[last].start);
      if ((w == "and" || w == "or") && last > 0) --last;
      if (!t[last].cap || !list_gap(text.substr(t[last].end, t[from].start - t[last].end))) return;
      std::size_t start = last;
      while (start > 0 && last - start < 2 && t[start - 1].cap && adjacent(text, t[start - 1], t[start])) --start;
      if (t[start].first && start == last) return;
      const Span span{t[start].start, t[last].end};
      if (std::none_of(out.begin(), out.end(), [&](const Candidate& c) { return c.span.overlaps(span); })) {
        Candidate c{span, {}, false, start};
        c.unlisted_kind = kind;
        out.push_back(std::move(c));
      }
      from = start;
    }
  }

  // "Ccollpa, a farming village about 60 kilometers from Cusco", "San Juan
  // Tlacotepec, the village closest to the site": up to four capitalised
  // words the gazetteer does not hold as one name, set off by an apposition
  // that says what place they are. Advances i past them.
  bool apposed(const std::vector<Token>& t, std::size_t& i, std::vector<Candidate>& out) const {
    if (g.lead_word(text.substr(t[i].start, t[i].end - t[i].start))) return false;
    std::size_t j = i + 1;
    while (j < t.size() && j - i < 4 && t[j].cap && adjacent(text, t[j - 1], t[j])) ++j;
    const auto kind = g.apposed_after(text, t[j - 1].end);
    if (!kind || !lookup(t, i, j, false).empty() || t[j - 1].possessive) return false;
    Candidate c{{t[i].start, t[j - 1].end}, {}, false, i};
    c.unlisted_kind = *kind;
    c.rule = "places/apposed";
    out.push_back(std::move(c));
    i = j - 1;
    return true;
  }

  // "Harris County", "Kherson Oblast", "Lagos State": capitalised words
  // closed by a subdivision's head word (places/region_heads.tsv) are one
  // place, in the country the name before the head lies in when the
  // gazetteer knows only one. Advances i past them.
  bool headed(const std::vector<Token>& t, std::size_t& i, std::vector<Candidate>& out) const {
    if (g.lead_word(text.substr(t[i].start, t[i].end - t[i].start))) return false;
    auto word = [&](std::size_t k) { return text.substr(t[k].start, t[k].end - t[k].start); };
    // (A title after the name is no part of it: "Mayes County Sheriff".)
    std::size_t j = i + 1;
    while (j < t.size() && j - i < 5 && t[j].cap && adjacent(text, t[j - 1], t[j]) && !g.member_word(word(j))) ++j;
    if (j - i < 2) return false;
    const RegionHead* head = g.region_head(word(j - 1));
    if (!head) return false;
    // The head closes the name: "Mississippi State Department" is a body.
    if (j < t.size() && adjacent(text, t[j - 1], t[j]) && (text.compare(t[j].start, 3, "of ") == 0 || (t[j].cap && !g.member_word(word(j)))))
      return false;
    const auto ids = lookup(t, i, j - 1, false);
    if (head->listed_only && ids.empty()) return false;
    if (head->unlisted_only && (!ids.empty() || !lookup(t, i, j, false).empty())) return false;
    Candidate c{{t[i].start, t[j - 1].end}, {}, false, i};
    c.unlisted_kind = head->kind;
    c.rule = "places/region-head";
    c.name_readings = ids;
    out.push_back(std::move(c));
    i = j - 1;
    return true;
  }

  // "a plant in Masfjorden", "entered Macomia": one capitalised word the
  // gazetteer lacks after a locative word, which no other table explains.
  bool located(const std::vector<Token>& t, std::size_t& i, std::vector<Candidate>& out) const {
    auto word = [&](std::size_t k) { return text.substr(t[k].start, t[k].end - t[k].start); };
    if (i == 0 || t[i].first || !adjacent(text, t[i - 1], t[i]) || !g.locative(word(i - 1))) return false;
    if (i >= 2 && adjacent(text, t[i - 2], t[i - 1])) {
      std::string before(word(i - 2));
      before[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(before[0])));
      if (g.locative_veto(before)) return false;
    }
    // One word or two ("outside Villa Tunari"), never part of a longer run.
    std::size_t j = i + 1;
    if (j < t.size() && t[j].cap && adjacent(text, t[i], t[j])) ++j;
    if (j < t.size() && t[j].cap && adjacent(text, t[j - 1], t[j])) return false;
    // "in Facebook groups": a word after the name must close it.
    if (j < t.size() && adjacent(text, t[j - 1], t[j]) && !g.locative_follower(word(j))) return false;
    // (Of two words, the second is a word of a name the story used: this one.)
    for (std::size_t k = i; k < j; ++k)
      if (t[k].possessive || !town_word(word(k), j - i == 1 ? 4 : 3, j - i == 1)) return false;
    // A town does not speak: "Fjordlaks said" elsewhere makes it a body.
    if (speakers.count(std::string(text.substr(t[i].start, t[j - 1].end - t[i].start)))) return false;
    Candidate c{{t[i].start, t[j - 1].end}, {}, false, i};
    c.unlisted_kind = PlaceKind::city;
    c.rule = "places/located";
    out.push_back(std::move(c));
    i = j - 1;
    return true;
  }

  // "areas around Obuasi, Tarkwa and Dunkwa-on-Offin": an unknown word in a
  // list with a town the gazetteer holds is a town too.
  bool listed_with_towns(const std::vector<Token>& t, std::size_t i, std::vector<Candidate>& out) const {
    if (t[i].first || t[i].possessive || (i + 1 < t.size() && t[i + 1].cap && adjacent(text, t[i], t[i + 1])) ||
        and_in_body_name(t, i + 1))
      return false;
    const std::string_view w = text.substr(t[i].start, t[i].end - t[i].start);
    // A name's shape, hyphenated parts allowed ("Dunkwa-on-Offin").
    if (w.size() < 4 || std::any_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.'; }))
      return false;
    const std::string_view head = w.substr(0, w.find('-'));
    if (!town_word(head, 4, true)) return false;
    auto joined = [&](std::size_t from, std::size_t to) { return list_gap(text.substr(from, to - from)); };
    auto is_town = [&](const Candidate& c) {
      return std::any_of(c.places.begin(), c.places.end(), [&](auto id) { return g.place(id).kind == PlaceKind::city; }) ||
             (c.places.empty() && c.unlisted_kind == PlaceKind::city);
    };
    bool with = !out.empty() && out.back().span.end < t[i].start && joined(out.back().span.end, t[i].start) && is_town(out.back());
    // ... or with the next name, which the gazetteer holds as a town.
    for (std::size_t k = i + 1; !with && k < t.size() && k <= i + 2; ++k)
      if (t[k].cap && joined(t[i].end, t[k].start)) {
        const auto ids = lookup(t, k, k + 1, false);
        with = std::any_of(ids.begin(), ids.end(), [&](auto id) { return g.place(id).kind == PlaceKind::city; });
      }
    if (!with) return false;
    Candidate c{{t[i].start, t[i].end}, {}, false, i};
    c.unlisted_kind = PlaceKind::city;
    c.rule = "places/listed-with-towns";
    out.push_back(std::move(c));
    return true;
  }

  // A word that may be a town's name: capitalised, the rest lowercase, at
  // least `shortest` bytes ("Macomia", not "NATO" or "McKinsey"), and no
  // word that some table or the story explains otherwise.
  bool town_word(std::string_view w, std::size_t shortest, bool alone) const {
    // Lower-case after the first letter, but for a capital after a hyphen ("Joal-Fadiouth").
    if (w.size() < shortest || w.back() == '-') return false;
    for (std::size_t k = 1; k < w.size(); ++k) {
      const char ch = w[k];
      const bool ok = std::islower(static_cast<unsigned char>(ch)) || (ch & 0x80) || (ch == '-' && w[k - 1] != '-') ||
                      (std::isupper(static_cast<unsigned char>(ch)) && w[k - 1] == '-');
      if (!ok) return false;
    }
    if (w.size() > 4 && (w.substr(w.size() - 3) == "ism" || w.substr(w.size() - 3) == "ity")) return false;
    return !(g.explained(w) || g.demonym(w) || g.lead_word(w) || g.stopword(w) || g.feature_word(w) || (alone && name_parts.count(std::string(w))));
  }


  // "the village of Dabanga": capitalised words the gazetteer does not
  // hold, after a word that says place, name an unlisted one.
  void led(const std::vector<Token>& t, std::size_t& i, std::vector<Candidate>& out) {
    std::size_t j = i + 1;
    while (j < t.size() && j - i < 3 && t[j].cap && adjacent(text, t[j - 1], t[j])) ++j;
    for (std::size_t k = i; k < j; ++k)
      if (g.feature_word(text.substr(t[k].start, t[k].end - t[k].start))) {
        i = j - 1;
        return;
      }
    Candidate c{{t[i].start, t[j - 1].end}, {}, false, i};
    c.unlisted_kind = *g.lead_before(text, t[i].start);
    // "the Libyan port of Zuwara": the adjective before the place noun.
    if (i >= 3 && adjacent(text, t[i - 3], t[i - 2]))
      c.unlisted_country = g.demonym_country(text.substr(t[i - 3].start, t[i - 3].end - t[i - 3].start));
    out.push_back(std::move(c));
    i = j - 1;
  }

  // "LAMPEDUSA, Italy (AP)": a dateline opens with its town, whether the
  // gazetteer holds it or not; the name after the comma says where it lies.
  void unlisted_dateline(const std::vector<Token>& t, std::size_t& i, Span dateline, std::vector<Candidate>& out) {
    const auto upper = [&](const Token& k) {
      const std::string_view w = text.substr(k.start, k.end - k.start);
      return w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    };
    std::size_t j = i;
    while (j < t.size() && j - i < 3 && t[j].end <= dateline.end && upper(t[j]) && (j == i || adjacent(text, t[j - 1], t[j]))) ++j;
    if (j == i || text.compare(t[j - 1].end, 2, ", ") != 0) return;
    Candidate c{{t[i].start, t[j - 1].end}, {}, true, i};
    c.unlisted_kind = PlaceKind::city;
    out.push_back(std::move(c));
    i = j - 1;
  }

  // "Boston-based", "Tuareg-led": the place before the hyphen.
  void compound(const std::vector<Token>& t, std::size_t i, std::vector<Candidate>& out) {
    const std::string_view w = text.substr(t[i].start, t[i].end - t[i].start);
    const auto dash = w.rfind('-');
    if (dash == std::string_view::npos || dash == 0) return;
    if (!g.place_suffix(w.substr(dash + 1))) return;
    Token head = t[i];
    head.end = head.start + dash;
    // "San Francisco-based": the capitalised words before may open the name.
    for (std::size_t back = std::min<std::size_t>(i, 2) + 1; back-- > 0;) {
      bool joined = true;
      for (std::size_t k = i - back; k < i; ++k) joined = joined && t[k].cap && adjacent(text, t[k], t[k + 1]);
      if (!joined) continue;
      const std::size_t from = t[i - back].start;
      const auto* ids = g.find(fold_place_key(text.substr(from, head.end - from)));
      if (!ids) continue;
      std::vector<Token> run(t.begin() + static_cast<std::ptrdiff_t>(i - back), t.begin() + static_cast<std::ptrdiff_t>(i + 1));
      run.back() = head;
      auto kept = written(run, 0, run.size(), *ids, false);
      if (kept.empty()) continue;
      // The words before may already stand as a place of their own ("San"):
      // the longer name replaces it.
      while (!out.empty() && out.back().span.end > from) out.pop_back();
      out.push_back({{from, head.end}, std::move(kept), false, i - back});
      return;
    }
  }
};

double prior(const Place& p) {
  switch (p.kind) {
    case PlaceKind::country: return 60;
    // Below a city of about 160,000: a bare "Cusco" or "Kano" in copy is the
    // city more often than the region named after it.
    case PlaceKind::region: return 36;
    // An area is read from news_aliases.tsv, written for copy: "Gaza" is the
    // strip before the city GeoNames lists under that name.
    case PlaceKind::area: return 40;
    // 15,000 people: 31; a million: 40.
    // A city alias is listed because copy uses it: a major city.
    case PlaceKind::city:
      return p.capital ? 50 : p.source == "news_aliases" ? 45 : std::min(48.0, 10 + 5 * std::log10(1.0 + p.population));
  }
  return 0;
}

// The dateline: the all-caps place names before "(AP)" or the dash that opens
// the body ("NAIROBI, Kenya (AP) —").
Span dateline_of(std::string_view text, std::size_t body) {
  const std::size_t limit = std::min(text.size(), body + 80);
  for (std::size_t i = body; i < limit; ++i) {
    if (text[i] == '\n') break;
    if (text.compare(i, 2, " (") == 0 || text.compare(i, 2, " -") == 0) return {body, i};
  }
  return {body, body};
}

// A stoplisted or name-like word is a place where the story says so: after
// "the city of", narrowed by the next name ("Florence, Alabama"), or, not
// opening a sentence nor used inside a name, one of its readings lies in the
// dateline's country ("parts of Victoria" in a Melbourne story).
bool confirmed_weak(const Gazetteer& g, std::string_view text, const Candidate& c, const std::optional<std::string>& within,
                    const std::string& dateline_country) {
  if (after_place_noun(g, text, c.span.start)) return true;
  // "until March": a month before anything else.
  if (g.month(text.substr(c.span.start, c.span.size()))) return false;
  auto lies_in = [&](const std::string& country) {
    return std::any_of(c.places.begin(), c.places.end(), [&](auto id) { return g.place(id).country == country; });
  };
  if (within && lies_in(*within)) return true;
  // "Florence, a city of about 41,000": the apposition says what it is.
  for (std::string_view noun : {", a city", ", a town", ", a village"})
    if (text.compare(c.span.end, noun.size(), noun) == 0) return true;
  if (c.first || c.named_part || dateline_country.empty()) return false;
  return lies_in(dateline_country);
}

// "LAMPEDUSA, Italy (AP)" ... "south of Lampedusa", "the village of Dabanga"
// ... "Dabanga": a place the gazetteer lacks, once the story has said it is
// one, is that place wherever its name comes again on its own. The
// dateline's all-caps town is looked for in ordinary capitals.
void add_unlisted_again(const Gazetteer& g, std::string_view text, std::vector<PlaceMention>& out) {
  const auto word_byte_at = [&](std::size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])) || (text[i] & 0x80); };
  // Places come sorted by start and do not overlap: only the neighbours of
  // an occurrence can hold it.
  const auto taken = [&](const Span& s) {
    const auto next = std::partition_point(out.begin(), out.end(), [&](const PlaceMention& m) { return m.span.start < s.start; });
    return (next != out.end() && next->span.overlaps(s)) || (next != out.begin() && std::prev(next)->span.overlaps(s));
  };
  // "Dabanga Road", "Radio Dabanga": a capitalised word beside it makes another name.
  const auto in_longer_name = [&](const Span& s) {
    if (s.end + 1 < text.size() && text[s.end] == ' ' && std::isupper(static_cast<unsigned char>(text[s.end + 1]))) return true;
    if (s.start < 2 || text[s.start - 1] != ' ' || !word_byte_at(s.start - 2)) return false;
    std::size_t k = s.start - 1;
    while (k > 0 && word_byte_at(k - 1)) --k;
    return std::isupper(static_cast<unsigned char>(text[k])) && !g.lead_word(text.substr(k, s.start - 1 - k));
  };
  // Where each word starts, built once and only when needed: a story of
  // many unlisted places must not be searched once per place.
  std::unordered_map<std::string_view, std::vector<std::size_t>> word_starts;
  const auto index_words = [&] {
    for (std::size_t i = 0; i < text.size();) {
      if (!word_byte_at(i)) { ++i; continue; }
      std::size_t j = i;
      while (j < text.size() && word_byte_at(j)) ++j;
      word_starts[text.substr(i, j - i)].push_back(i);
      i = j;
    }
  };
  std::vector<PlaceMention> found;
  std::set<std::string> seen;
  for (const PlaceMention& first : out) {
    if (first.place) continue;
    const bool dateline = first.rule == "places/dateline";
    std::string form(text.substr(first.span.start, first.span.size()));
    if (dateline) {
      bool word_start = true;
      for (char& ch : form) {
        const bool letter = std::isalpha(static_cast<unsigned char>(ch));
        if (letter) ch = static_cast<char>(word_start ? std::toupper(static_cast<unsigned char>(ch)) : std::tolower(static_cast<unsigned char>(ch)));
        word_start = !letter && !(ch & 0x80);
      }
    }
    if (!seen.insert(form).second) continue;
    if (word_starts.empty()) index_words();
    std::size_t first_end = 0;
    while (first_end < form.size() && (std::isalnum(static_cast<unsigned char>(form[first_end])) || (form[first_end] & 0x80))) ++first_end;
    const std::string_view first_word = std::string_view(form).substr(0, first_end);
    const auto at = word_starts.find(first_word);
    if (at == word_starts.end()) continue;
    for (std::size_t p : at->second) {
      const Span span{p, p + form.size()};
      if (p < first.span.end || text.compare(p, form.size(), form) != 0) continue;
      if (span.end < text.size() && word_byte_at(span.end)) continue;
      if (taken(span) || (!dateline && in_longer_name(span))) continue;
      found.push_back({span, nullptr, dateline ? "places/dateline-town" : "places/named-again", first.country, first.unlisted_kind});
    }
  }
  out.insert(out.end(), found.begin(), found.end());
  std::sort(out.begin(), out.end(), [](const PlaceMention& a, const PlaceMention& b) { return a.span.start < b.span.start; });
}

// "tournaments in Minnesota and Quebec": names joined by "and", "or" or a
// comma are of one kind, so a neighbour with a single kind of reading says
// which reading of an ambiguous name is meant (Quebec the province).
std::optional<PlaceKind> coordinated_kind(const Gazetteer& g, std::string_view text, const std::vector<Candidate>& cands,
                                          std::size_t k) {
  auto joined = [&](const Candidate& a, const Candidate& b) {
    return b.span.start > a.span.end && list_gap(text.substr(a.span.end, b.span.start - a.span.end));
  };
  auto one_kind = [&](const Candidate& c) -> std::optional<PlaceKind> {
    if (c.places.empty()) return std::nullopt;
    const PlaceKind kind = g.place(c.places.front()).kind;
    for (auto id : c.places)
      if (g.place(id).kind != kind) return std::nullopt;
    return kind;
  };
  if (k > 0 && joined(cands[k - 1], cands[k]))
    if (auto kind = one_kind(cands[k - 1])) return kind;
  if (k + 1 < cands.size() && joined(cands[k], cands[k + 1])) return one_kind(cands[k + 1]);
  return std::nullopt;
}

}  // namespace

// "Saada, the rebels' stronghold in Yemen's far north", "the Seaside
// neighborhood of Port Vila": the words after an unlisted place that put it
// in a country, region or town say where it lies.
std::optional<std::string> placed_after(const Gazetteer& g, std::string_view text, const std::vector<Candidate>& cands,
                                        std::size_t k) {
  if (k + 1 >= cands.size() || cands[k + 1].places.empty()) return std::nullopt;
  const Place& next = g.place(cands[k + 1].places.front());
  const std::string_view gap = text.substr(cands[k].span.end, cands[k + 1].span.start - cands[k].span.end);
  if (gap.size() > 80 || gap.find_first_of(".;") != std::string_view::npos) return std::nullopt;
  const bool container = next.kind == PlaceKind::country || next.kind == PlaceKind::region;
  const bool apposition = gap.size() >= 6 && gap.substr(0, 2) == ", " && gap.substr(gap.size() - 4) == " in " && container;
  // "near Ayvacik on Turkey's Aegean coast", "Giru in Queensland".
  const bool beside = (gap == " in " || gap == " on ") && container;
  const std::size_t space = gap.find(' ', 1);
  const bool part_of = gap.size() > 4 && gap.front() == ' ' && space != std::string_view::npos &&
                       g.area_head(gap.substr(1, space - 1)) && (gap.substr(space) == " of " || gap.substr(space) == " in ");
  if (!apposition && !part_of && !beside) return std::nullopt;
  return next.country;
}

std::vector<PlaceMention> find_places(const Gazetteer& gazetteer, const PlaceInput& in) {
  if (gazetteer.empty() || !in.segments) return {};
  Finder f{gazetteer, in.text, {}};
  std::vector<std::vector<Token>> sentences;
  sentences.reserve(in.segments->sentences.size());
  for (const Sentence& s : in.segments->sentences) {
    sentences.push_back(tokenize(gazetteer, in.text, s.span));
    f.learn_names(sentences.back());
  }
  f.learn_speakers();
  f.learn_bodies();
  const Span dateline = dateline_of(in.text, in.body_start);
  std::vector<Candidate> cands;
  for (const auto& t : sentences) f.sentence(t, dateline, cands);

  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.span.start < b.span.start; });
  // Every name votes for the countries it may be in, its vote split between
  // them: "Georgia and Florida" leans to the U.S. The dateline counts thrice.
  std::map<std::string, double> votes, body_votes;
  std::set<std::string> dateline_countries;
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.places.empty() || c.weak) continue;
    std::set<std::string> countries;
    for (auto id : c.places)
      if (!gazetteer.place(id).country.empty()) countries.insert(gazetteer.place(id).country);
    // "DUBLIN (AP)" alone is the Dublin everybody means (see below): its
    // three votes go to Ireland, not a third of them to Ohio.
    if (c.dateline && c.span.start == dateline.start && (k + 1 == cands.size() || !cands[k + 1].dateline)) {
      const auto top = std::max_element(c.places.begin(), c.places.end(),
                                        [&](auto a, auto b) { return prior(gazetteer.place(a)) < prior(gazetteer.place(b)); });
      countries = {gazetteer.place(*top).country};
    }
    for (const std::string& country : countries) {
      votes[country] += (c.dateline ? 3.0 : 1.0) / countries.size();
      if (!c.dateline) body_votes[country] += 1.0 / countries.size();
    }
    if (c.dateline) dateline_countries.insert(countries.begin(), countries.end());
  }
  // What each name cast, to tell a country other names point to from one
  // only this name does.
  std::map<std::pair<std::string, std::string>, double> own;
  for (const Candidate& c : cands) {
    if (c.places.empty() || c.weak) continue;
    std::set<std::string> countries;
    for (auto id : c.places)
      if (!gazetteer.place(id).country.empty()) countries.insert(gazetteer.place(id).country);
    for (const std::string& country : countries)
      own[{std::string(in.text.substr(c.span.start, c.span.size())), country}] += (c.dateline ? 3.0 : 1.0) / countries.size();
  }
  std::vector<PlaceMention> out;
  std::string main_country;  // the story's most-voted country, for unlisted areas
  // A tie goes to the country the body names more: "BEIRUT (AP)" over a
  // story about Syria.
  std::pair<double, double> most{0, 0};
  for (const auto& [country, n] : votes)
    if (std::make_pair(n, body_votes[country]) > most) main_country = country, most = {n, body_votes[country]};
  std::string dateline_country;  // the dateline's most-voted reading
  double dateline_votes = 0;
  for (const std::string& country : dateline_countries)
    if (votes[country] > dateline_votes) dateline_country = country, dateline_votes = votes[country];
  // "MADRID (AP) — Atlético Madrid ...": the dateline's town stays a place
  // in the body though a club's name holds it.
  std::string town;
  for (const Candidate& c : cands)
    if (c.dateline && c.span.start == dateline.start) town = fold_place_key(in.text.substr(c.span.start, c.span.size()));
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (c.places.empty()) {
      // "In Sierra Leone, nurses in the Kailahun district": the place named
      // just before, else the story's main country. A town named before
      // holds no other town ("talks in Havana ... residents of Saravena" in
      // a story from Colombia), only its districts.
      std::string country = main_country;
      if (!out.empty() && c.span.start - out.back().span.end < 200) {
        const PlaceKind before = out.back().place ? out.back().place->kind : out.back().unlisted_kind;
        if (before != PlaceKind::city || c.unlisted_kind != PlaceKind::city) country = out.back().country;
      }
      if (!c.unlisted_country.empty()) country = c.unlisted_country;
      if (const auto placed = placed_after(gazetteer, in.text, cands, k)) country = *placed;
      // "Lagos State": the country the story's votes and prominence choose
      // for the name before the head.
      double best = -1;
      for (auto id : c.name_readings) {
        const Place& p = gazetteer.place(id);
        const double score = prior(p) + 100.0 * (votes.count(p.country) ? votes[p.country] : 0);
        if (score > best) best = score, country = p.country;
      }
      if (c.dateline && k + 1 < cands.size() && !cands[k + 1].places.empty())
        country = gazetteer.place(cands[k + 1].places.front()).country;
      const std::string rule = !c.rule.empty() ? c.rule : c.dateline ? "places/dateline" : c.unlisted_kind == PlaceKind::area ? "places/area-head" : "places/led";
      out.push_back({c.span, nullptr, rule, country, c.unlisted_kind});
      continue;
    }
    // "Paris, Texas": the next name, after a comma, narrows the choice.
    std::optional<std::string> within;
    if (k + 1 < cands.size() && in.text.compare(c.span.end, 2, ", ") == 0 && cands[k + 1].span.start == c.span.end + 2) {
      const Place& next = cands[k + 1].places.empty() ? gazetteer.unlisted_area() : gazetteer.place(cands[k + 1].places.front());
      if (next.kind == PlaceKind::country || next.kind == PlaceKind::region) within = next.country;
    }
    // (A stoplisted town is a person's name too often: "JACKSON, Miss." and
    // "Terrence Jackson".)
    const std::string_view surface = in.text.substr(c.span.start, c.span.size());
    const bool town_again = !town.empty() && c.named_part && !gazetteer.stopword(surface) && fold_place_key(surface) == town;
    if (c.weak && !town_again && !confirmed_weak(gazetteer, in.text, c, within, dateline_country)) continue;
    std::uint32_t best = c.places.front();
    double best_score = -1;
    const std::optional<PlaceKind> sibling_kind = coordinated_kind(gazetteer, in.text, cands, k);
    const bool names_country =
        std::any_of(c.places.begin(), c.places.end(), [&](auto id) { return gazetteer.place(id).kind == PlaceKind::country; });
    for (auto id : c.places) {
      const Place& p = gazetteer.place(id);
      double score = prior(p) + 100.0 * (votes.count(p.country) ? votes[p.country] : 0);
      if (within && p.country == *within) score += 10000;
      // Half a vote for the region reading after "the state of", "the province
      // of": a city of the same name is usually its capital, which copy names
      // without that lead.
      // So does an apposition: "Santa Cruz, Bolivia's most populous region".
      if (c.lead_kind == PlaceKind::region && p.kind == PlaceKind::region) score += 50;
      // "the lakeside town of Como": the town, not the province it heads;
      // the lead chooses the kind, never the country.
      if (c.lead_kind == PlaceKind::city && p.kind == PlaceKind::city &&
          std::any_of(c.places.begin(), c.places.end(), [&](auto other) {
            return gazetteer.place(other).kind == PlaceKind::region && gazetteer.place(other).country == p.country;
          }))
        score += 50;
      if (sibling_kind == p.kind) score += 20;
      // "a Vienna-based group" in a story that also names San Francisco: a
      // country's capital is what a bare name means unless two more names
      // point elsewhere ("Vienna, Va." says so outright); a country of the
      // same name ("Panama", "Luxembourg") still comes first.
      if (p.capital && !names_country) score += 200;
      // "PARIS (AP)": a dateline city standing alone is the one everybody
      // means (AP names a state or country after any other), whatever the
      // story mentions later.
      if (c.dateline && !within && c.span.start == dateline.start) score = prior(p);
      if (score > best_score) best = id, best_score = score;
    }
    // "near the town of Santo Tomás" in a story about Peru: a small town
    // abroad that no other name in the story points to is a namesake of a
    // place at home the gazetteer does not hold.
    const Place& chosen = gazetteer.place(best);
    const double others = votes[chosen.country] - own[{std::string(in.text.substr(c.span.start, c.span.size())), chosen.country}];
    // (Not a town that heads a province of the same name: "the town of Como".)
    const bool heads_region = std::any_of(c.places.begin(), c.places.end(), [&](auto other) {
      return gazetteer.place(other).kind == PlaceKind::region && gazetteer.place(other).country == chosen.country;
    });
    if (!c.dateline && !within && !heads_region && chosen.kind == PlaceKind::city && chosen.population < 100000 && chosen.source != "news_aliases" &&
        !main_country.empty() &&
        chosen.country != main_country && others < 0.5 && votes[main_country] >= 2) {
      out.push_back({c.span, nullptr, "places/local-namesake", main_country, PlaceKind::city});
      continue;
    }
    out.push_back({c.span, &chosen, c.dateline ? "places/dateline" : "places/gazetteer/" + chosen.source, chosen.country});
  }
  add_unlisted_again(gazetteer, in.text, out);
  return out;
}

}  // namespace claimex
