-- A host application's own first migration: a table named as one of the library's used to be, with rows.
CREATE TABLE member (
    id   INTEGER      PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
INSERT INTO member (id, name) VALUES (1, 'Jana Nováková');
INSERT INTO member (id, name) VALUES (2, 'Zdeněk Šťastný');
INSERT INTO member (id, name) VALUES (3, 'Růžena Dvořáková');
