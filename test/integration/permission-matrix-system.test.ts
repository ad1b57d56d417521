import { systemSpecs } from '../helpers/permissionSystemSubjects'
import { permissionMatrixFile } from '../helpers/permissionSuite'
import { systemTable } from '../helpers/permissionTable'

// Payload's own collections: locks, preferences, jobs, key-value and migrations.
permissionMatrixFile(systemTable, systemSpecs)
