#!/usr/bin/env node
// Drops the template database of a PostgreSQL test run and any clone a crashed test left behind.
import pg from 'pg'

const [baseUrl, template] = process.argv.slice(2)
const client = new pg.Client({ connectionString: baseUrl })
await client.connect()
const { rows } = await client.query('select datname from pg_database where datname like $1', [`${template}%`])
for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`)
await client.end()
