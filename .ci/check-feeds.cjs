// Reads every Atom feed and iCalendar file FeedClientsTest wrote (target/feeds/) with independent clients, as
// feed readers and calendar apps would: Mozilla's ical.js and the feedparser package (from the npm registry).
// Usage (from .ci/run): NODE_PATH=<their node_modules> node .ci/check-feeds.cjs target/feeds
const fs = require('fs');
const path = require('path');
const { Readable } = require('stream');
const ICAL = require('ical.js');
const FeedParser = require('feedparser');

const dir = process.argv[2];
let failures = 0;
let events = 0;
let entries = 0;

function fail(file, message) {
  failures++;
  console.error(`${file}: ${message}`);
}

function readCalendar(file) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  try {
    const calendar = new ICAL.Component(ICAL.parse(text));
    if (calendar.name !== 'vcalendar') {
      fail(file, 'not a VCALENDAR');
    }
    for (const e of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(e);
      if (!event.uid || !event.summary || !event.startDate) {
        fail(file, `an event without UID, SUMMARY or DTSTART: ${e.toString().slice(0, 80)}`);
      }
      events++;
    }
  } catch (e) {
    fail(file, `ical.js refused it: ${e.message}`);
  }
}

function readFeed(file) {
  return new Promise((resolve) => {
    const parser = new FeedParser({ feedurl: 'https://cyd.example/' + file });
    let meta = null;
    parser.on('error', (e) => { fail(file, `feedparser refused it: ${e.message}`); resolve(); });
    parser.on('meta', (m) => { meta = m; });
    parser.on('readable', function () {
      let item;
      while ((item = this.read())) {
        if (!item.title || !item.link || !item.guid || !item.date) {
          fail(file, `an entry without title, link, id or date: ${JSON.stringify(item.title)}`);
        }
        entries++;
      }
    });
    parser.on('end', () => {
      if (!meta || meta['#type'] !== 'atom' || !meta.title) {
        fail(file, 'not read as an Atom feed with a title');
      }
      resolve();
    });
    Readable.from([fs.readFileSync(path.join(dir, file))]).pipe(parser);
  });
}

(async () => {
  const files = fs.readdirSync(dir).sort();
  const calendars = files.filter((f) => f.endsWith('.ics'));
  const feeds = files.filter((f) => f.endsWith('.atom'));
  calendars.forEach(readCalendar);
  for (const f of feeds) {
    await readFeed(f);
  }
  if (calendars.length === 0 || feeds.length === 0) {
    fail(dir, 'no calendars or feeds to read: run the tests first');
  }
  console.log(`${calendars.length} calendars (${events} events) read by ical.js, ${feeds.length} Atom feeds `
    + `(${entries} entries) read by feedparser: ${failures === 0 ? 'all good' : failures + ' problems'}`);
  process.exit(failures === 0 ? 0 : 1);
})();
