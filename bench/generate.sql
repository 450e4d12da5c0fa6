-- Fills a Cyd database with a council's worth of benchmark data, in SQL so that a million ideas load in minutes.
-- MariaDB only (it uses the SEQUENCE engine's seq_1_to_N tables). bench/run.py runs it through the mariadb client
-- after Cyd has started once (so the schema and the demo councils exist), with these set first:
--   @prompt_id   the question the ideas go on (a copy of an open demo question, made by run.py)
--   @n           how many ideas
--   @people_from the first id of the bench residents (run.py makes 20,000 with one known password)
--   @people      how many bench residents there are
-- Backings are real rows with a long tail: the k-th idea has about 2000/k backers (the first has 2,000, most have
-- none or one); 2% of ideas are answered by the council; every 25th idea has a comment.

SET @area = (SELECT MIN(a.id) FROM area a JOIN prompt p ON p.authority_id = a.authority_id WHERE p.id = @prompt_id);
SET @first = (SELECT COALESCE(MAX(id), 0) + 1 FROM idea);

INSERT INTO idea (id, prompt_id, area_id, author_id, title, description, language, status, backing_count, created_at,
                  visibility, report_count)
SELECT @first + seq - 1, @prompt_id,
       IF(seq % 3 = 0, NULL, @area),
       @people_from + (seq % @people),
       IF(seq % 3 = 1,
          CONCAT(ELT(1 + seq % 8, 'Plannu coed', 'Glanhau', 'Paentio', 'Trwsio', 'Goleuo', 'Agor', 'Tyfu bwyd yn', 'Gwarchod'),
                 ' ', ELT(1 + (seq DIV 8) % 8, 'y parc', 'llwybr yr afon', 'y llyfrgell', 'sgwâr y dref', 'yr ysgol',
                 'y neuadd', 'y maes chwarae', 'y gerddi'), ' ', seq),
          CONCAT(ELT(1 + seq % 8, 'Plant trees in', 'Clean up', 'Paint', 'Mend', 'Light', 'Open', 'Grow food in', 'Look after'),
                 ' ', ELT(1 + (seq DIV 8) % 8, 'the park', 'the river path', 'the library', 'the town square', 'the school',
                 'the hall', 'the playground', 'the gardens'), ' ', seq)),
       IF(seq % 3 = 1,
          'Gallem ni ddod at ein gilydd un dydd Sadwrn y mis gyda menig, offer a phaned, a gofyn i\'r cyngor am sgipiau a chyngor. Byddai plant yr ysgol leol yn helpu hefyd.',
          'We could meet one Saturday a month with gloves, tools and a flask of tea, and ask the council for skips and advice. Children from the local school would like to help too, and the allotment group has offered seedlings.'),
       IF(seq % 3 = 1, 'cy', 'en'),
       IF(seq % 50 = 7, ELT(1 + (seq DIV 50) % 3, 'TAKEN_FORWARD', 'UNDER_CONSIDERATION', 'ALREADY_HAPPENING'), 'SUBMITTED'),
       0,
       TIMESTAMPADD(SECOND, seq, TIMESTAMP '2026-01-01 00:00:00'),
       'SHOWN', 0
FROM seq_1_to_1000000 WHERE seq <= @n;

UPDATE idea SET answer = CONCAT('Thank you: the parks team will meet you on site next month to plan it. (', id, ')'),
                answer_language = 'en', answered_at = TIMESTAMPADD(DAY, 30, created_at)
WHERE prompt_id = @prompt_id AND id >= @first AND status <> 'SUBMITTED';

-- The long tail of backers: idea k (k = 1, 2, ...) has FLOOR(2000 / k) of them, as rows.
INSERT INTO backing (idea_id, person_id, created_at)
SELECT i.id, @people_from + s.seq - 1, TIMESTAMPADD(MINUTE, s.seq, i.created_at)
FROM idea i JOIN seq_1_to_2000 s ON s.seq <= FLOOR(2000 / (i.id - @first + 1))
WHERE i.prompt_id = @prompt_id AND i.id >= @first AND i.id < @first + LEAST(@n, 2000);

UPDATE idea i JOIN (SELECT idea_id, COUNT(*) AS c FROM backing WHERE idea_id >= @first GROUP BY idea_id) b
    ON b.idea_id = i.id
SET i.backing_count = b.c WHERE i.prompt_id = @prompt_id;

INSERT INTO idea_comment (idea_id, author_id, body, language, official, visibility, report_count, created_at)
SELECT @first + seq - 1, @people_from + ((seq * 7) % @people),
       'I would come along to this, and could bring a wheelbarrow.', 'en', FALSE, 'SHOWN', 0,
       TIMESTAMPADD(HOUR, 1, TIMESTAMPADD(SECOND, seq, TIMESTAMP '2026-01-01 00:00:00'))
FROM seq_1_to_1000000 WHERE seq <= @n AND seq % 25 = 1;

UPDATE prompt SET idea_count = (SELECT COUNT(*) FROM idea WHERE prompt_id = @prompt_id AND visibility = 'SHOWN')
WHERE id = @prompt_id;
