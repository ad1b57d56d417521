import { contentSpecs } from '../helpers/permissionSubjects'
import { permissionMatrixFile } from '../helpers/permissionSuite'
import { contentTable } from '../helpers/permissionTable'

// Stories, lessons, community articles and question bundles: published and draft, staff's and author A's.
permissionMatrixFile(contentTable, contentSpecs)
