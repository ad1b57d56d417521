import { readFile } from 'node:fs/promises'

/**
 * `tsx bench/heapDiff.ts before.heapsnapshot after.heapsnapshot`: what grew between two heap
 * snapshots (from `npm run bench:memory -- --snapshots`), summed by constructor name: the quickest
 * way to tell a leak of ours from a cache that fills once.
 */
interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
  nodes: number[]
  strings: string[]
}

async function sizesByName(file: string): Promise<Map<string, { count: number; bytes: number }>> {
  const data = JSON.parse(await readFile(file, 'utf8')) as Snapshot
  const fields = data.snapshot.meta.node_fields
  const types = data.snapshot.meta.node_types[0]
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const sizes = new Map<string, { count: number; bytes: number }>()
  for (let index = 0; index < data.nodes.length; index += width) {
    const type = types[data.nodes[index + typeAt]]
    const name =
      type === 'object' || type === 'closure'
        ? `${type}:${data.strings[data.nodes[index + nameAt]]}`
        : `(${type})`
    const entry = sizes.get(name) ?? { count: 0, bytes: 0 }
    entry.count += 1
    entry.bytes += data.nodes[index + sizeAt]
    sizes.set(name, entry)
  }
  return sizes
}

async function main(): Promise<void> {
  const [beforeFile, afterFile] = process.argv.slice(2)
  if (!beforeFile || !afterFile)
    throw new Error('usage: heapDiff before.heapsnapshot after.heapsnapshot')
  const before = await sizesByName(beforeFile)
  const after = await sizesByName(afterFile)
  const total = (sizes: typeof before) => [...sizes.values()].reduce((sum, e) => sum + e.bytes, 0)
  console.info(
    `heap: ${(total(before) / 2 ** 20).toFixed(1)} MB → ${(total(after) / 2 ** 20).toFixed(1)} MB`,
  )
  const growth = [...after.entries()]
    .map(([name, entry]) => {
      const old = before.get(name) ?? { count: 0, bytes: 0 }
      return { name, count: entry.count - old.count, bytes: entry.bytes - old.bytes }
    })
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 25)
  for (const { name, count, bytes } of growth) {
    console.info(
      `${(bytes / 2 ** 10).toFixed(0).padStart(10)} KB ${String(count).padStart(9)}  ${name}`,
    )
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
