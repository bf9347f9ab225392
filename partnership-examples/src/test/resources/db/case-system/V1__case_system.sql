-- A municipality's case system: its own first migration and its own table called member.
CREATE TABLE member (
    id        INTEGER      PRIMARY KEY,
    full_name VARCHAR(200) NOT NULL,
    office    VARCHAR(200) NOT NULL
);
INSERT INTO member (id, full_name, office) VALUES (1, 'Jana Nováková', 'Odbor sociálních věcí, Městský úřad Cheb');
