#include "extract/emit.hpp"

#include <cstdio>
#include <map>
#include <set>
#include <type_traits>

#include "extract/utf8.hpp"

namespace claimex {

void append_json_string(std::string& out, std::string_view s) {
  static const char* hex = "0123456789abcdef";
  out += '"';
  std::size_t plain = 0;  // start of the pending run of bytes copied as they are
  auto flush = [&](std::size_t upto) { out.append(s.substr(plain, upto - plain)); };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const utf8::Unit u = utf8::decode(s, i);
      i += u.len;
      if (u.valid) continue;
      flush(i - u.len);
      out += "\xEF\xBF\xBD";
      plain = i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
    plain = ++i;
  }
  flush(s.size());
  out += '"';
}

namespace {

class Writer {
 public:
  Writer(std::string& out, const Document& doc, const Analysis& a, OffsetUnit unit)
      : out_(out), doc_(doc), a_(a), unit_(unit), counter_(doc.text) {}

  void key(std::string_view k) {
    append_json_string(out_, k);
    out_ += ':';
  }
  void str(std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out_, v);
  }
  // "k":"v", or "k":null when v is empty.
  void str_or_null(std::string_view k, std::string_view v) {
    key(k);
    if (v.empty()) out_ += "null";
    else append_json_string(out_, v);
  }
  void num(std::string_view k, std::size_t v) {
    key(k);
    out_ += std::to_string(v);
  }
  // "start","end","text" of a normalised span, in the original text.
  void span(const Span& s) {
    const std::size_t os = a_.norm.to_original_start(s.start);
    const std::size_t oe = std::max(os, a_.norm.to_original_end(s.end));
    num("start", counter_.convert(os, unit_));
    out_ += ',';
    num("end", counter_.convert(oe, unit_));
    out_ += ',';
    str("text", std::string_view(doc_.text).substr(os, oe - os));
  }
  std::string& out() { return out_; }

 private:
  std::string& out_;
  const Document& doc_;
  const Analysis& a_;
  OffsetUnit unit_;
  UnitCounter counter_;
};


// {"start":..,"end":..,"text":..} or null.
void span_object(Writer& w, std::string_view key, const std::optional<Span>& s) {
  w.key(key);
  if (!s) {
    w.out() += "null";
    return;
  }
  w.out() += '{';
  w.span(*s);
  w.out() += '}';
}

void id_list(Writer& w, std::string_view key, char prefix, const std::vector<std::size_t>& ids) {
  w.key(key);
  w.out() += '[';
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) w.out() += ',';
    append_json_string(w.out(), prefix + std::to_string(ids[i] + 1));
  }
  w.out() += ']';
}

void write_claim(Writer& w, const Analysis& a, const Claim& c, std::size_t n) {
  std::string& out = w.out();
  out += '{';
  w.str("id", "c" + std::to_string(n));
  out += ',';
  w.span(c.whole);
  out += ',';
  w.str("type", c.type);
  out += ',';
  span_object(w, "content", c.content);
  out += ',';
  w.key("cue");
  if (c.cue) {
    out += '{';
    w.span(*c.cue);
    out += ',';
    w.str("lemma", c.lemma);
    out += ',';
    w.str("class", c.cue_class);
    out += '}';
  } else {
    out += "null";
  }
  out += ",\"source\":{";
  if (c.source.span.size()) w.span(c.source.span);
  else out += "\"start\":null,\"end\":null,\"text\":null";
  out += ',';
  w.str_or_null("name", c.source.name);
  out += ',';
  w.str("kind", c.source.kind);
  out += ',';
  w.key("actor");
  if (c.source.actor) append_json_string(out, "a" + std::to_string(*c.source.actor + 1));
  else out += "null";
  out += ",\"resolved\":";
  out += c.source.resolved ? "true" : "false";
  out += "},\"anonymous\":";
  out += c.anonymous ? "true" : "false";
  out += ",\"anonymity\":{";
  id_list(w, "markers", 'm', c.markers);
  out += ',';
  span_object(w, "reason", c.reason ? std::optional<Span>(a.markers[*c.reason].span) : std::nullopt);
  out += ",\"flags\":[";
  for (std::size_t i = 0; i < c.flags.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, c.flags[i]);
  }
  out += "]},";
  id_list(w, "dates", 'd', c.dates);
  out += ',';
  id_list(w, "places", 'p', c.places);
  out += ',';
  id_list(w, "actors", 'a', c.actors);
  out += ',';
  w.str("rule", c.rule);
  out += '}';
}

void write_claims(Writer& w, const Analysis& a) {
  w.key("claims");
  w.out() += '[';
  for (std::size_t i = 0; i < a.claims.size(); ++i) {
    if (i) w.out() += ',';
    write_claim(w, a, a.claims[i], i + 1);
  }
  w.out() += "],";
}

// Story-level counts: claims by source kind, how many are anonymous, how
// many carry each policy flag, and whether the first claim is anonymous.
void write_summary(Writer& w, const std::vector<Claim>& claims) {
  std::map<std::string, std::size_t> kinds, flags;
  std::set<std::string> anonymous_sources;
  std::size_t anonymous = 0;
  for (const Claim& c : claims) {
    ++kinds[c.source.kind];
    for (const auto& f : c.flags) ++flags[f];
    if (c.anonymous) {
      ++anonymous;
      anonymous_sources.insert(c.source.name);
    }
  }
  std::string& out = w.out();
  auto counts = [&](std::string_view key, const std::map<std::string, std::size_t>& m) {
    w.key(key);
    out += '{';
    bool first = true;
    for (const auto& [k, v] : m) {
      if (!first) out += ',';
      first = false;
      w.num(k, v);
    }
    out += '}';
  };
  out += "\"summary\":{";
  w.num("claims", claims.size());
  out += ',';
  counts("by_kind", kinds);
  out += ',';
  w.num("anonymous", anonymous);
  out += ',';
  char share[32];
  std::snprintf(share, sizeof share, "%.3f", claims.empty() ? 0.0 : double(anonymous) / claims.size());
  w.key("share_anonymous");
  out += share;
  out += ',';
  w.num("anonymous_sources", anonymous_sources.size());
  out += ",\"leads_with_anonymous\":";
  out += !claims.empty() && claims.front().anonymous ? "true" : "false";
  out += ',';
  counts("flags", flags);
  out += "},";
}

}  // namespace

std::string result_line(const Document& doc, const Analysis& a, const RuleSet& rules, OffsetUnit unit) {
  std::string out;
  out.reserve(256 + a.markers.size() * 160);
  Writer w(out, doc, a, unit);
  out += '{';
  w.str("schema", kSchema);
  out += ',';
  w.str("id", doc.id);
  out += ',';
  w.key("dct");
  if (a.dct) append_json_string(out, a.dct->iso());
  else out += "null";
  out += ',';
  w.str("dct_source", to_string(a.dct_source));
  out += ',';
  // "key":[{"id":"<prefix>N",<fields>,"rule":...},...],
  auto rule_id = [&](const auto& item) -> std::string_view {
    if constexpr (std::is_same_v<std::decay_t<decltype(item.rule)>, std::string>) return item.rule;
    else return rules.rules()[item.rule].id;
  };
  auto array = [&](std::string_view key, const char* prefix, const auto& items, auto&& fields) {
    w.key(key);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += ',';
      out += '{';
      w.str("id", prefix + std::to_string(i + 1));
      out += ',';
      w.span(items[i].span);
      out += ',';
      fields(items[i]);
      w.str("rule", rule_id(items[i]));
      out += '}';
    }
    out += "],";
  };
  const Selection& on = a.written;
  if (on.dates) array("dates", "d", a.dates, [&](const DateMention& d) {
    w.str("type", d.type);
    out += ',';
    w.str("value", d.value);
    out += ',';
    w.str_or_null("mod", d.mod);
    out += ',';
  });
  if (on.places) array("places", "p", a.places, [&](const PlaceMention& m) {
    // An unlisted area is named as the text names it.
    const std::string_view text = a.norm.text();
    w.str("name", m.place ? std::string_view(m.place->name) : text.substr(m.span.start, m.span.size()));
    out += ',';
    w.str("kind", to_string(m.kind()));
    out += ',';
    w.str_or_null("country", m.country);
    out += ',';
    w.key("geonames");
    out += m.place && m.place->geonames ? std::to_string(m.place->geonames) : "null";
    out += ',';
  });
  if (on.actors) array("actors", "a", a.actors, [&](const ActorMention& m) {
    w.str_or_null("name", m.name);
    out += ',';
    w.str("kind", m.kind);
    out += ',';
    w.str_or_null("country", m.country);
    out += ',';
    if (!m.title.empty()) {
      w.str("title", m.title);
      out += ',';
    }
  });
  if (on.claims) {
    write_claims(w, a);
    write_summary(w, a.claims);
  }
  if (on.markers) array("anonymity_markers", "m", a.markers, [&](const AnonymityMarker& m) {
    w.str("kind", m.kind);
    out += ',';
  });
  w.key("warnings");
  out += '[';
  for (std::size_t i = 0; i < a.warnings.size(); ++i) {
    if (i) out += ',';
    out += '{';
    w.str("code", a.warnings[i].code);
    out += ',';
    w.str("message", a.warnings[i].message);
    out += '}';
  }
  out += "]}";
  return out;
}

std::string error_line(std::string_view id, std::string_view code, std::string_view message) {
  std::string out = "{\"schema\":";
  append_json_string(out, kSchema);
  out += ",\"id\":";
  append_json_string(out, id);
  out += ",\"error\":{\"code\":";
  append_json_string(out, code);
  out += ",\"message\":";
  append_json_string(out, message);
  out += "}}";
  return out;
}

}  // namespace claimex
