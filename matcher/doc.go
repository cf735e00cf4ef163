// Package matcher finds skills in résumé text and scores the résumé against
// the roles of a vocabulary. It knows nothing of files or flags: its input is
// the extractor's text, "\n"-separated lines, and its output is a [Result].
//
// Compile a vocabulary once with [Compile]; the [Matcher] is immutable and
// safe for concurrent use. [Matcher.Match] analyses one résumé and
// [Matcher.Find] only lists the skills found (used to read job postings).
//
// # Pipeline
//
//  1. Normalise: Unicode NFKC (the ligature "ﬁ" becomes "fi"), curly quotes
//     and dashes folded to ASCII.
//  2. Sections: headings ("EXPERIENCE", "Technical Skills:", "## Projects")
//     are recognised from a table of keywords; every line gets a section,
//     a bullet/paragraph block (wrapped lines of one bullet share it) and a
//     list flag (a skills or certifications section line, or a line like
//     "Python, R, SQL, Tableau").
//  3. Tokens: "C++", "C#", ".NET", "HL7", "Security+", "837P", "A1c", "R&D",
//     "R.Ph." are single tokens. Words joined by '-', '/', '+' or '^' form a
//     chunk that can match whole ("C-CDA", "CIPP/US", "T-SQL", "HL-7" which
//     meets "HL7") or by parts ("HL7/FHIR" gives HL7 and FHIR). Every token
//     keeps its original text for case-sensitive forms.
//  4. Keys: lower case and Snowball English stems, so "modelling",
//     "modeled" and "models" meet "modeling".
//  5. Masks: times ("7 PM"), dates ("Mar 2021"), initials ("Dr. R. Patel"),
//     units ("5 mL") and US states after a city ("Baltimore, MD", but not
//     "Jane Doe, MD" on the name line) never match a skill. Honour societies
//     ("Phi Beta Kappa", "Sigma Theta Tau"), idioms ("go to market") and
//     namesakes ("Rhapsody in Blue", or "Rhapsody" on a line about
//     Gershwin) are soft masks: their words cannot match alone, but a
//     longer form may run through them ("sentinel events").
//  6. Matching: all forms are compiled into tries of keys (and of original
//     text for case-sensitive Exact forms) and matched in one left-to-right
//     pass, longest first: a longer, more specific form consumes its tokens
//     ("HL7 FHIR" before "HL7", "Epic Systems" before "Epic"). A phrase
//     starting inside a match counts only if it runs on past it
//     ("interruptive alert volume" shows interruptive alerts and alert
//     volume); a longer form that adds only activity words to another
//     skill's form also shows that skill ("order set build" shows order sets
//     and EHR build; "HL7 FHIR" is not HL7 v2); and a skill's Implies
//     credits the broader skills a specific one contains ("Epic Bridges" also
//     shows Epic). Forms may use the
//     placeholders {n} (a number), {people} (a staff noun) and {w} (any
//     word): "lead {n} {people}".
//  7. Context: a skill with Cues counts only if a cue occurs in the same
//     bullet (including its wrapped lines) or the line is a list. An
//     everyday word opening a sentence and followed by a lower-case word
//     ("Go to the ...", "Epic effort by ...") needs a cue even in a list. A
//     bare one-letter Exact form without cues ("R") needs a list, a '/'
//     pair ("Python/R") or a neighbouring comma.
//     Short forms never match inside a hyphenated word ("go-live"). Once a
//     skill is confirmed somewhere with its cues, its other mentions count
//     without cues of their own (an acronym expanded once is trusted after).
//  8. Intent: phrases around a mention decide what it proves. Negation ("no
//     exposure to FHIR", "without SQL", "not yet certified") removes it. Work
//     under way ("pursuing PMP", "studying for Security+", "planning to sit for RN-BC after MSN", "CPHIMS
//     candidate", "exam scheduled", "(in progress)", "expected May 2027")
//     removes it too; certifications, degrees and licences under way are
//     listed in Result.InProgress and marked in_progress in role gaps.
//     A credential said to have lapsed ("Security+ (expired 2020)", "CCNA
//     (2019, lapsed)", "inactive") is not held either.
//     Self-described beginner level ("familiar with", "exposure to", "basic
//     knowledge of") and coursework lower the evidence strength.
//     Mentions under Interests/Hobbies are ignored.
//
// # Scoring
//
// Each skill counts once per role, with the strongest of its evidence:
//
//	strength     where                                      credit
//	applied      experience/project bullet                  CreditApplied    = 1.0
//	listed       skills list, summary, education            CreditListed     = 0.8
//	             (certifications, degrees, licences listed: CreditApplied)
//	coursework   coursework section or a course mention     CreditCoursework = 0.5
//	beginner     "familiar with", "basic", "exposure to"    CreditBeginner   = 0.5
//
// A role's score is the credited share of a full fit, a realistic
// complete résumé for the role rather than one naming every skill it lists:
//
//	total    = Σ required w × RequiredFactor + Σ preferred w × PreferredFactor
//	credited = Σ found skills' w × factor × credit(strength)
//	score    = min(100, round(100 × credited / (FullFitShare × total)))
//
// Required skills count in full (RequiredFactor = 1) and preferred ones at
// PreferredFactor = 0.5, so preferred skills refine a score but cannot carry
// it. A vocabulary role is broad (about 25 required and 30 preferred
// skills, every way the job is done), and no real résumé names them all:
// on the labelled evaluation set the strongest tenth of résumés show about
// 45% of their role's weight, so FullFitShare = 0.45 and a résumé that
// shows that much scores 100. Raw shares read oddly ("34/100" for a clear
// fit); shares of a full fit read as a job seeker expects, a clear fit in
// the 70s. It is a rescale: roles rank as by their raw share (the
// low-coverage cap aside).
// When the credited share of the required weight is below
// MinRequiredCoverage (one fifth), the score is capped at CappedScore, the
// top of the partial band, because preferred skills cannot make up for a
// missing core.
//
// Job titles: the role(s) that the résumé's most recent job title names
// (skills.Role.Titles, read on the first maxJobTitles job lines of the
// experience section, never in bullets) gain TitleBonus (3 points) when
// they have any evidence, and RoleScore.Titled says so. It decides near
// ties between roles the evidence fills about equally.
//
// Worked example: a role's required skills weigh 80 in all and its
// preferred skills 90, so total = 80 + 90×0.5 = 125 and a full fit is
// 0.45×125 = 56.25. A résumé shows required skills weighing 30 in
// experience bullets and 15 more in a skills list, and preferred skills
// weighing 10 in bullets: credited = 30×1.0 + 15×0.8 + 10×0.5×1.0 = 47;
// score = round(100×47/56.25) = 84, strong (its raw share of every listed
// skill is only 38%).
//
// Bands: strong ≥ BandStrong (65), good ≥ BandGood (45), partial ≥
// BandPartial (25), else weak. On the labelled evaluation set a résumé
// written for a role scores a median of 75 on it (quartiles 55 and 87) and
// two thirds of them are strong; the best other role scores a median of 37
// (quartiles 23 and 53), mostly good or partial, and an off-domain résumé's best
// role a median of 19 (at most 44), weak or partial.
//
// Roles are sorted by score, then by the job titles (the role named by the
// more recent title first), then by the unrounded score before the cap at
// 100 (so of two roles shown as 100 the fuller fit comes first), then id; a
// role's Matched and Missing list required skills first, heavier first, then by id. Each skill keeps at
// most MaxEvidence evidence lines, strongest first.
//
// # Domain
//
// A résumé is in domain when it names at least one health-domain term (EHR,
// HIPAA, clinical, patient, hospital, NHS, ...) and either some role reaches
// InDomainMinScore (75, well inside the strong band, about the median clear
// fit) or it names at least DomainMinSignals (3) distinct health-domain terms and shows at least
// DomainMinSkills (5) distinct practical skills (kind skill, tool or
// standard: degrees, licences and certifications do not count):
//
//	in = signals ≥ 1 and (best ≥ 75 or signals ≥ 3 and practical ≥ 5)
//
// The terms of the second path must come from more than one bullet or
// paragraph: a school IT technician who once fixed the printer in "the
// nurse's office" for "the student health records module" names three
// terms in passing, not health-informatics work.
//
// Generic tech skills alone (a machine-learning engineer with no health
// term) never make a résumé in domain, however well they score; health
// terms alone do not either (a bedside nurse names many, but shows only
// clinical practice and EHR charting besides the RN licence and BSN).
// Otherwise InDomain is false and DomainReason says why, so a
// software-only or unrelated résumé is reported as out of scope rather
// than as a weak informaticist.
//
// # Seniority
//
// Dated ranges in Experience ("Jan 2019 – Present", "2015–2020", "06/2018 -
// 03/2021", "2019-01 – 2021-03", "01.2019 - 03.2021") are merged, so
// concurrent jobs count once, and summed; education dates are not read, and
// a job with a campus or student title (lab assistant, tutor, intern) that
// ended by the latest education year was held while studying and is not
// counted. "Present" is the date given with [WithNow], or else December of
// the latest year of any range. Junior is under MidMinYears (4), senior
// from SeniorMinYears (11), or from LeaderSeniorMinYears (7) with a
// leadership title (director, chief, VP, head, principal) or a senior
// individual title (senior, sr, lead, staff engineer), or from
// ManagerSeniorMinYears (9) with "manager"; mid in between. A title is read
// from the first segment of a job line (before " — ", ",", "|", "(" or a
// date, at most 8 words), however long the line. An executive title is
// never junior. Without dates, a stated "12+ years of experience" is used.
//
// # Performance
//
// Forms, cues and intent phrases are compiled into flat tries keyed by
// interned stems, so a résumé is read in a few linear passes with no
// regular expression in the per-token loop. Snowball stemming costs about
// a microsecond a word: the default vocabulary's words have their stems
// precomputed in stems_gen.go (checked by TestStemTable), every other
// vocabulary word is stemmed once, and résumé words go through a bounded
// shared cache. Compile sizes its maps up front and runs in about 5 ms
// for the shipped vocabulary (BenchmarkCompile; skills.Default needs no
// parsing either), so start-up stays well inside the CLI's budget. Per-call
// buffers are pooled. BenchmarkMatch (a 600-word résumé, the shipped
// vocabulary) runs in roughly 0.3 ms with about 220 allocations.
//
// Everything is deterministic: the same text and Matcher give the same
// Result, byte for byte once encoded.
package matcher
